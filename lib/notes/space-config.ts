import { SPACE_NAME_PATTERN } from './note-types';
import { serverAddressOf } from './server-address';

/** Membership of one team space, kept in the extension's local storage. */
export interface SpaceConfig {
  /** wss:// address of the sync server (ws:// only on loopback), without a trailing slash. */
  serverUrl: string;
  space: string;
  token: string;
  /** Shown to the other members next to your cursor and on the notes you write. */
  displayName: string;
  /** #rrggbb, your cursor and selection colour. */
  color: string;
  /** Identifies this member on this install in note author lists; made once when joining. */
  authorId: string;
}

export type SpaceConfigField = keyof SpaceConfig;

/** Problems with a membership, per field, worded for the person filling in the form. */
export type SpaceConfigErrors = Partial<Record<SpaceConfigField, string>>;

export type SpaceConfigCheck = { ok: true; config: SpaceConfig } | { ok: false; errors: SpaceConfigErrors };

const TOKEN = /^[A-Za-z0-9_-]+$/;
// The server issues 32 random bytes in base64url; a different length is almost always a paste
// that was cut off or picked up a neighbouring character.
const TOKEN_LENGTH = 43;
const COLOR = /^#[0-9a-f]{6}$/;
const AUTHOR_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_NAME_LENGTH = 60;

/**
 * The address members connect to. http(s) addresses are accepted and turned into ws(s), since
 * that is what people copy from a browser's address bar. Notes, names and the token travel
 * over it, so it must be encrypted (wss://) unless the server is on this computer (loopback:
 * localhost, 127.0.0.0/8, ::1), where nothing crosses a network. Throws with a readable message.
 */
export function normaliseServerUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not an address; expected something like wss://notes.example.org`);
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (scheme === undefined) throw new Error(`expected a ws:// or wss:// address, got ${url.protocol}//`);
  if (url.username || url.password) throw new Error('the address must not contain a user name or password; the token grants access');
  if (url.hash) throw new Error('the address must not contain a "#" part');
  if (scheme === 'ws:' && serverAddressOf(url).kind !== 'loopback') {
    throw new Error(
      `expected a wss:// address: ${url.protocol}// sends notes and the token unencrypted, which is allowed only for a server on this computer (localhost, 127.x.x.x, ::1)`,
    );
  }
  const rest = url.href.slice(url.protocol.length);
  return (scheme + rest).replace(/\/+$/, '');
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * One check per field; each throws an Error worded for the person filling in the form and
 * returns the stored form of the value.
 */
export const SPACE_CONFIG_CHECKS: { [F in SpaceConfigField]: (value: unknown) => SpaceConfig[F] } = {
  serverUrl(value) {
    if (text(value) === '') throw new Error('the server address is required');
    return normaliseServerUrl(text(value));
  },
  space(value) {
    const name = text(value);
    if (!SPACE_NAME_PATTERN.test(name)) throw new Error('a space name has 1 to 64 letters, digits, "_" or "-"');
    return name;
  },
  token(value) {
    const token = text(value);
    if (token === '') throw new Error('a token is required');
    if (!TOKEN.test(token)) throw new Error('a token has only letters, digits, "-" and "_"');
    if (token.length !== TOKEN_LENGTH) {
      throw new Error(`a token has ${TOKEN_LENGTH} characters, this one ${token.length}: was it copied whole?`);
    }
    return token;
  },
  displayName(value) {
    const name = text(value).replace(/\s+/g, ' ');
    if (name === '') throw new Error('a display name is required, so the team knows who wrote what');
    if (name.length > MAX_NAME_LENGTH) throw new Error(`a display name has at most ${MAX_NAME_LENGTH} characters`);
    return name;
  },
  color(value) {
    const color = text(value).toLowerCase();
    if (!COLOR.test(color)) throw new Error('a colour is written #rrggbb, for example #1f77b4');
    return color;
  },
  authorId(value) {
    const id = text(value);
    if (!AUTHOR_ID.test(id)) throw new Error('an author id has 8 to 64 letters, digits, "_" or "-"');
    return id;
  },
};

/** Checks a membership as a whole, from a form or from storage; every field's problem is reported. */
export function checkSpaceConfig(input: Partial<Record<SpaceConfigField, unknown>>): SpaceConfigCheck {
  const errors: SpaceConfigErrors = {};
  const config: Partial<Record<SpaceConfigField, string>> = {};
  for (const field of Object.keys(SPACE_CONFIG_CHECKS) as SpaceConfigField[]) {
    try {
      config[field] = SPACE_CONFIG_CHECKS[field](input[field]);
    } catch (error) {
      errors[field] = error instanceof Error ? error.message : String(error);
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, config: config as SpaceConfig };
}

/** A new author id for a member joining from this install. */
export function newAuthorId(): string {
  return crypto.randomUUID();
}

/** A readable colour for remote cursors, picked from the name so it is stable but varied. */
export function defaultColorFor(name: string): string {
  const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#ff7f0e'];
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length]!;
}

/** The lighter colour y-codemirror.next uses for remote selections. */
export function lightColor(color: string): string {
  return `${color}33`;
}
