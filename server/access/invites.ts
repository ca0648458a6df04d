import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../storage/open-database.ts';
import { assertSpaceName } from '../space-names.ts';

export type Role = 'write' | 'read';

/** What a valid token grants: one role in one space. */
export interface Grant {
  space: string;
  role: Role;
  /** Short public handle of the token (a prefix of its hash), used to list and revoke it. */
  id: string;
}

export interface InviteListing extends Grant {
  createdAt: string;
}

export const ID_LENGTH = 12;
const TOKEN_BYTES = 32;

// Tokens carry 256 random bits, so a fast unsalted hash is enough: there is nothing to
// brute-force, and storing only the hash keeps a leaked database from granting access.
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates the space if it does not exist yet and returns a new token for it. */
export function createInvite(db: DatabaseSync, space: string, role: Role): { token: string; grant: Grant } {
  const { token, hash, now } = newToken(space);
  inTransaction(db, () => {
    db.prepare('INSERT OR IGNORE INTO spaces (name, created_at) VALUES (?, ?)').run(space, now);
    db.prepare('INSERT INTO tokens (hash, space, role, created_at) VALUES (?, ?, ?, ?)').run(hash, space, role, now);
  });
  return { token, grant: { space, role, id: hash.slice(0, ID_LENGTH) } };
}

/** A fresh token for a checked space name, its hash and the time to record. */
export function newToken(space: string): { token: string; hash: string; now: string } {
  assertSpaceName(space);
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashToken(token), now: new Date().toISOString() };
}

/** The token id that `revoke` was given, directly or as the token itself. */
export function revocationId(idOrToken: string): string {
  const id = TOKEN_SHAPE.test(idOrToken) ? hashToken(idOrToken).slice(0, ID_LENGTH) : idOrToken.toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(id)) {
    throw new Error(`"${idOrToken}": expected a token id (12 hex digits, see "list") or a token`);
  }
  return id;
}

export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The grant behind a token, or null for anything that is not a current token. */
export function findGrant(db: DatabaseSync, token: string): Grant | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  const hash = hashToken(token);
  const row = db.prepare('SELECT space, role FROM tokens WHERE hash = ?').get(hash) as
    | { space: string; role: Role }
    | undefined;
  return row ? { space: row.space, role: row.role, id: hash.slice(0, ID_LENGTH) } : null;
}

/** Whether the token with this id still exists (it may have been revoked since it was used). */
export function isGrantCurrent(db: DatabaseSync, id: string): boolean {
  return db.prepare('SELECT 1 FROM tokens WHERE substr(hash, 1, ?) = ?').get(ID_LENGTH, id) !== undefined;
}

export function listInvites(db: DatabaseSync, space: string): InviteListing[] {
  assertSpaceName(space);
  const rows = db
    .prepare('SELECT hash, space, role, created_at FROM tokens WHERE space = ? ORDER BY created_at, hash')
    .all(space) as Array<{ hash: string; space: string; role: Role; created_at: string }>;
  return rows.map((row) => ({
    id: row.hash.slice(0, ID_LENGTH),
    space: row.space,
    role: row.role,
    createdAt: row.created_at,
  }));
}

/**
 * Revokes the token with the given id (as printed by `invite` and `list`) or the token itself.
 * Returns the revoked grant, or null when nothing matched.
 */
export function revokeInvite(db: DatabaseSync, idOrToken: string): Grant | null {
  const id = revocationId(idOrToken);
  return inTransaction(db, () => {
    const row = db.prepare('SELECT hash, space, role FROM tokens WHERE substr(hash, 1, ?) = ?').get(ID_LENGTH, id) as
      | { hash: string; space: string; role: Role }
      | undefined;
    if (!row) return null;
    db.prepare('DELETE FROM tokens WHERE hash = ?').run(row.hash);
    return { space: row.space, role: row.role, id };
  });
}
