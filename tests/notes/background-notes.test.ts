import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createBackgroundNotes,
  createUpdateRelay,
  type BackgroundSyncResult,
  type SpaceConfig,
  type SpaceConfigStore,
} from '../../lib/notes';
import { waitFor } from '../../harness/sync-server/wait-for';

const member: SpaceConfig = {
  serverUrl: 'ws://127.0.0.1:9',
  space: 'acme',
  token: 'x'.repeat(43),
  displayName: 'Alice',
  color: '#1f77b4',
  authorId: 'author-alice-0001',
};

function fixedStore(config: SpaceConfig | null): SpaceConfigStore {
  return { load: async () => config, save: async () => {}, clear: async () => {}, subscribe: () => () => {} };
}

const synced: BackgroundSyncResult = { outcome: 'synced', pushed: 0, bodies: 0, pendingChanges: 0 };

describe('background notes', () => {
  it('runs one round at a time, and one more for any requests made during a round', async () => {
    const rounds: Array<() => void> = [];
    // A round starts by reading the membership, at once: counting the reads tells how many
    // rounds have started without waiting to see whether more follow.
    let started = 0;
    const store = fixedStore(member);
    const notes = createBackgroundNotes({
      configStore: { ...store, load: () => ((started += 1), store.load()) },
      sync: () => new Promise((resolve) => rounds.push(() => resolve(synced))),
      report: () => {},
    });
    const first = notes.syncNow('alarm');
    const second = notes.syncNow('page hidden');
    const third = notes.syncNow('page hidden');
    expect(started).toBe(1);
    await expect.poll(() => rounds).toHaveLength(1);
    rounds[0]!();
    await first;
    expect(started).toBe(2);
    await expect.poll(() => rounds).toHaveLength(2);
    rounds[1]!();
    expect(await second).toEqual(synced);
    expect(await third).toEqual(synced);
    expect(started).toBe(2);
    expect(rounds).toHaveLength(2);
  });

  it('does nothing outside a space, and reports a failed round without throwing', async () => {
    let calls = 0;
    const outside = createBackgroundNotes({ configStore: fixedStore(null), sync: async () => ((calls += 1), synced) });
    expect(await outside.syncNow('alarm')).toBeNull();
    expect(calls).toBe(0);

    const problems: string[] = [];
    const failing = createBackgroundNotes({
      configStore: fixedStore(member),
      sync: async () => {
        throw new Error('socket exploded');
      },
      report: (message) => problems.push(message),
    });
    expect(await failing.syncNow('alarm')).toBeNull();
    expect(problems).toEqual(['sync (alarm) failed:']);
  });
});

describe('relay between copies of a document', () => {
  it('keeps two copies sharing one relay in step, as well as copies on other channels', async () => {
    const name = `relay-test-${Math.random()}`;
    const channel = () => new BroadcastChannel(name);
    const here = createUpdateRelay(channel());
    const there = createUpdateRelay(channel());
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const shared = [here.share('doc', a), here.share('doc', b), there.share('doc', c)];
    a.getText('body').insert(0, 'from a');
    expect(b.getText('body').toString()).toBe('from a');
    await waitFor(() => c.getText('body').toString() === 'from a', 'the edit on the other channel');
    c.getText('body').insert(0, 'c: ');
    await waitFor(() => [a, b].every((doc) => doc.getText('body').toString() === 'c: from a'), 'the edit back on both copies');
    shared.forEach((copy) => copy.leave());
    here.close();
    there.close();
  });
});
