import { lightColor } from '../../../notes';

/**
 * What a member shows the others while present: the name and colours next to their cursor and
 * in the presence list. Published in the awareness state as `user`, the field y-codemirror.next
 * reads.
 */
export interface PresenceUser {
  name: string;
  /** #rrggbb: caret and name label. */
  color: string;
  /** #rrggbbaa: background of the member's selection. */
  colorLight: string;
}

const MAX_NAME_LENGTH = 60;
const COLOR = /^#[0-9a-f]{6}$/i;
const LIGHT_COLOR = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;
// C0/C1 controls and bidirectional overrides: a name must not reorder or hide the text around it.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const UNKNOWN_MEMBER: PresenceUser = { name: 'Unnamed member', color: '#6b7280', colorLight: '#6b728033' };

export function presenceUser(member: { displayName: string; color: string }): PresenceUser {
  return readPresenceUser({ name: member.displayName, color: member.color, colorLight: lightColor(member.color) });
}

/**
 * A peer's `user` field made safe to show. Peers publish free text (the server only checks who
 * may speak for which client id), and y-codemirror.next puts the colours into `style`
 * attributes: anything but a plain hex colour could carry CSS such as `url(...)`.
 */
export function readPresenceUser(value: unknown): PresenceUser {
  if (typeof value !== 'object' || value === null) return UNKNOWN_MEMBER;
  const fields = value as Record<string, unknown>;
  const name =
    typeof fields.name === 'string' ? fields.name.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH) : '';
  const color = typeof fields.color === 'string' && COLOR.test(fields.color) ? fields.color.toLowerCase() : UNKNOWN_MEMBER.color;
  const colorLight =
    typeof fields.colorLight === 'string' && LIGHT_COLOR.test(fields.colorLight) ? fields.colorLight.toLowerCase() : lightColor(color);
  return { name: name === '' ? UNKNOWN_MEMBER.name : name, color, colorLight };
}
