import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { spaceOfDocument } from '../space-names.ts';
import type { AccessStore } from './access-store.ts';
import type { Grant } from './invites.ts';

/** Attached to every authenticated connection's context. */
export interface AccessContext {
  grant: Grant;
}

/**
 * Refuses every document unless the connection presents a token of the document's space.
 * The document is loaded only after this passes, so a refused client receives nothing and
 * the messages it queued are dropped unapplied.
 */
export function accessControl(access: AccessStore): Extension {
  return {
    extensionName: 'AccessControl',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<AccessContext> {
      const space = spaceOfDocument(documentName);
      const grant = space === null ? null : await access.findGrant(token);
      if (grant === null || grant.space !== space) {
        // One answer for every failure, so a client cannot probe which spaces exist.
        throw Object.assign(new Error(`refused access to "${documentName.slice(0, 100)}"`), {
          reason: 'permission-denied',
        });
      }
      // A read-only connection still receives every update; Hocuspocus drops what it sends.
      if (grant.role === 'read') connectionConfig.readOnly = true;
      return { grant };
    },
  };
}
