import type { Extension, Hocuspocus } from '@hocuspocus/server';
import type { AccessContext } from './authenticate.ts';
import type { AccessStore } from './access-store.ts';

const SWEEP_INTERVAL_MS = 5_000;
// The close event Hocuspocus itself uses for refused access (4403).
const FORBIDDEN = { code: 4403, reason: 'Forbidden' };

/**
 * Tokens are revoked from the command line, outside the server process; this closes
 * connections whose token no longer exists within a few seconds of the revocation.
 */
export function revocationSweep(access: AccessStore): Extension {
  let timer: NodeJS.Timeout | undefined;
  // A sweep waits on the database; the next one starts only after it.
  let sweeping = false;

  const sweep = async (instance: Hocuspocus) => {
    const verdicts = new Map<string, boolean>();
    for (const document of instance.documents.values()) {
      for (const connection of document.getConnections()) {
        const grant = (connection.context as Partial<AccessContext>).grant;
        if (!grant) continue;
        let current = verdicts.get(grant.id);
        if (current === undefined) {
          current = await access.isGrantCurrent(grant.id);
          verdicts.set(grant.id, current);
        }
        if (!current) {
          connection.close(FORBIDDEN);
          // Closing the document alone leaves the provider idle without telling it why;
          // closing the socket makes it reconnect, present its token again and be refused.
          connection.webSocket.close(FORBIDDEN.code, FORBIDDEN.reason);
        }
      }
    }
  };

  return {
    extensionName: 'RevocationSweep',
    async onListen({ instance }) {
      timer = setInterval(() => {
        if (sweeping) return;
        sweeping = true;
        sweep(instance)
          .catch((error: unknown) => console.error(`revocation sweep: ${(error as Error).message}`))
          .finally(() => (sweeping = false));
      }, SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async onDestroy() {
      clearInterval(timer);
    },
  };
}
