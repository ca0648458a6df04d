import { setTimeout as sleep } from 'node:timers/promises';

/** SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock this one needs. */
export function isBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { errcode } = error as { errcode?: unknown };
  return typeof errcode === 'number' && ((errcode & 0xff) === 5 || (errcode & 0xff) === 6);
}

/**
 * Runs `attempt` (one short synchronous database step) until it does not fail for a lock held
 * elsewhere, or `deadlineMs` passed. The connection waits for no lock itself (busy_timeout 0);
 * the waiting happens here, between attempts, so the event loop keeps serving everyone else.
 */
export async function whileBusy<T>(attempt: () => T, deadlineMs: number, what: string): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() + pause > giveUpAt) {
        throw Object.assign(new Error(`${what}: the database stayed locked by another process for ${deadlineMs} ms`), {
          cause: error,
        });
      }
    }
    await sleep(pause);
  }
}
