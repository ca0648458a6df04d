import type { DatabaseSync } from 'node:sqlite';
import {
  createInvite,
  findGrant,
  isGrantCurrent,
  listInvites,
  revokeInvite,
  type Grant,
  type InviteListing,
  type Role,
} from './invites.ts';

/**
 * The spaces and tokens, wherever they are stored (SQLite file or PostgreSQL). Asynchronous
 * because a remote database answers over the network; see invites.ts for what each does.
 */
export interface AccessStore {
  createInvite(space: string, role: Role): Promise<{ token: string; grant: Grant }>;
  findGrant(token: string): Promise<Grant | null>;
  isGrantCurrent(id: string): Promise<boolean>;
  listInvites(space: string): Promise<InviteListing[]>;
  revokeInvite(idOrToken: string): Promise<Grant | null>;
}

export function sqliteAccess(db: DatabaseSync): AccessStore {
  return {
    createInvite: async (space, role) => createInvite(db, space, role),
    findGrant: async (token) => findGrant(db, token),
    isGrantCurrent: async (id) => isGrantCurrent(db, id),
    listInvites: async (space) => listInvites(db, space),
    revokeInvite: async (idOrToken) => revokeInvite(db, idOrToken),
  };
}
