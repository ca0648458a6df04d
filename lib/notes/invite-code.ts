import { SPACE_CONFIG_CHECKS, type SpaceConfig } from './space-config';

/**
 * An invite code packs what joining a space needs (server address, space, token) into one
 * string a member can paste: `attache:` followed by base64url of
 * `{"v":1,"url":"wss://…","space":"…","token":"…"}`.
 */
export const INVITE_PREFIX = 'attache:';
const INVITE_VERSION = 1;

export type Invite = Pick<SpaceConfig, 'serverUrl' | 'space' | 'token'>;

/**
 * What kind of wrong a code is, so a page can say it in a reader's words; the message keeps
 * the detail for whoever made the code.
 */
export type InviteProblem = 'empty' | 'not-an-invite' | 'damaged' | 'other-version' | 'unusable-contents';

export class InviteCodeError extends Error {
  constructor(
    readonly problem: InviteProblem,
    message: string,
  ) {
    super(`invite code: ${message}`);
    this.name = 'InviteCodeError';
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new InviteCodeError('damaged', 'after "attache:" expected only letters, digits, "-" and "_"');
  const padded = code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new InviteCodeError('damaged', 'the code is cut off or damaged (not valid base64url)');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    throw new InviteCodeError('damaged', 'the code is damaged (not UTF-8 text)');
  }
}

export function encodeInvite(invite: Invite): string {
  return INVITE_PREFIX + toBase64Url(JSON.stringify({ v: INVITE_VERSION, url: invite.serverUrl, space: invite.space, token: invite.token }));
}

/** Reads a pasted invite code; every way it can be wrong gets its own message. */
export function parseInvite(raw: string): Invite {
  // Chat programs and mail wrap long strings; the code never contains white space itself.
  const code = raw.replace(/\s+/g, '');
  if (code === '') throw new InviteCodeError('empty', 'nothing was pasted');
  if (!code.toLowerCase().startsWith(INVITE_PREFIX)) {
    throw new InviteCodeError('not-an-invite', `expected a code beginning with "${INVITE_PREFIX}", got "${code.slice(0, 12)}…"`);
  }
  const json = fromBase64Url(code.slice(INVITE_PREFIX.length));
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new InviteCodeError('damaged', 'the code is cut off or damaged (its content is not JSON)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InviteCodeError('damaged', 'expected an object inside the code');
  const fields = value as Record<string, unknown>;
  if (fields.v !== INVITE_VERSION) {
    throw new InviteCodeError('other-version', `made for invite format ${JSON.stringify(fields.v)}; this version of Attaché reads format ${INVITE_VERSION}`);
  }
  const problems: string[] = [];
  const field = <T>(name: string, check: (value: unknown) => T): T | undefined => {
    try {
      return check(fields[name]);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const serverUrl = field('url', SPACE_CONFIG_CHECKS.serverUrl);
  const space = field('space', SPACE_CONFIG_CHECKS.space);
  const token = field('token', SPACE_CONFIG_CHECKS.token);
  if (problems.length > 0) throw new InviteCodeError('unusable-contents', problems.join('; '));
  return { serverUrl: serverUrl!, space: space!, token: token! };
}
