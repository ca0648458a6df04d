import type { Sql } from '../storage/postgres/open-postgres.ts';
import { assertSpaceName } from '../space-names.ts';
import type { AccessStore } from './access-store.ts';
import { hashToken, ID_LENGTH, newToken, revocationId, TOKEN_SHAPE, type Role } from './invites.ts';

/** Spaces and tokens in PostgreSQL, with the same rules as the SQLite ones (invites.ts). */
export function postgresAccess(sql: Sql): AccessStore {
  return {
    async createInvite(space, role) {
      const { token, hash, now } = newToken(space);
      await sql.begin(async (tx) => {
        await tx`INSERT INTO spaces (name, created_at) VALUES (${space}, ${now}) ON CONFLICT (name) DO NOTHING`;
        await tx`INSERT INTO tokens (hash, space, role, created_at) VALUES (${hash}, ${space}, ${role}, ${now})`;
      });
      return { token, grant: { space, role, id: hash.slice(0, ID_LENGTH) } };
    },
    async findGrant(token) {
      if (!TOKEN_SHAPE.test(token)) return null;
      const hash = hashToken(token);
      const [row] = await sql<Array<{ space: string; role: Role }>>`SELECT space, role FROM tokens WHERE hash = ${hash}`;
      return row ? { space: row.space, role: row.role, id: hash.slice(0, ID_LENGTH) } : null;
    },
    async isGrantCurrent(id) {
      const rows = await sql`SELECT 1 FROM tokens WHERE left(hash, ${ID_LENGTH}) = ${id}`;
      return rows.length > 0;
    },
    async listInvites(space) {
      assertSpaceName(space);
      const rows = await sql<Array<{ hash: string; space: string; role: Role; created_at: string }>>`
        SELECT hash, space, role, created_at FROM tokens WHERE space = ${space} ORDER BY created_at, hash`;
      return rows.map((row) => ({
        id: row.hash.slice(0, ID_LENGTH),
        space: row.space,
        role: row.role,
        createdAt: row.created_at,
      }));
    },
    async revokeInvite(idOrToken) {
      const id = revocationId(idOrToken);
      const [row] = await sql<Array<{ space: string; role: Role }>>`
        DELETE FROM tokens WHERE hash = (SELECT hash FROM tokens WHERE left(hash, ${ID_LENGTH}) = ${id} LIMIT 1)
        RETURNING space, role`;
      return row ? { space: row.space, role: row.role, id } : null;
    },
  };
}
