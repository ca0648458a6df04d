import path from 'node:path';
import type { StorageBackend } from './storage/open-backend.ts';

export const USAGE = `usage: sync-server [serve]                   run the server (env: PORT HOST DATA_DIR DATABASE_URL MAX_MESSAGE_BYTES REDIS_URL)
       sync-server invite SPACE [--read-only]  create SPACE if needed; print a new token on the last line
       sync-server list SPACE                  list the tokens of SPACE (ids, roles, dates; never the tokens)
       sync-server revoke ID|TOKEN             revoke a token by its id (from invite or list) or by the token
       sync-server backup FILE                 copy the database to FILE, safe while the server runs;
                                               FILE appears only once the copy is complete
                                               (SQLite only; use pg_dump with DATABASE_URL)`;

export class UsageError extends Error {}

/** Runs one administrative command; returns the lines to print. */
export async function runCommand(backend: Pick<StorageBackend, 'access' | 'backup'>, args: string[]): Promise<string[]> {
  const [command, ...rest] = args;
  switch (command) {
    case 'invite': {
      const flags = rest.filter((arg) => arg.startsWith('--'));
      const names = rest.filter((arg) => !arg.startsWith('--'));
      const unknown = flags.filter((flag) => flag !== '--read-only');
      if (names.length !== 1 || unknown.length > 0) throw new UsageError(`invite: expected SPACE [--read-only]`);
      const role = flags.includes('--read-only') ? 'read' : 'write';
      const { token, grant } = await backend.access.createInvite(names[0]!, role);
      return [`space ${grant.space}, role ${grant.role}, token id ${grant.id}`, token];
    }
    case 'list': {
      if (rest.length !== 1) throw new UsageError('list: expected SPACE');
      const invites = await backend.access.listInvites(rest[0]!);
      if (invites.length === 0) return [`no tokens for space ${rest[0]}`];
      return invites.map((invite) => `${invite.id}  ${invite.role.padEnd(5)}  ${invite.createdAt}`);
    }
    case 'revoke': {
      if (rest.length !== 1) throw new UsageError('revoke: expected a token id or a token');
      const revoked = await backend.access.revokeInvite(rest[0]!);
      if (revoked === null) throw new UsageError(`revoke: no token with id ${rest[0]}`);
      return [`revoked token ${revoked.id} (space ${revoked.space}, role ${revoked.role})`];
    }
    case 'backup': {
      if (rest.length !== 1) throw new UsageError('backup: expected FILE');
      if (backend.backup === null) {
        throw new UsageError('backup: the data is in PostgreSQL (DATABASE_URL); back it up with pg_dump');
      }
      const target = path.resolve(rest[0]!);
      await backend.backup(target);
      return [`database copied to ${target}`];
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
