import { afterEach } from 'vitest';
import { openNotesSpace, type NotesSpace, type NotesSpaceOptions, type SpaceConfig } from '../../lib/notes';

/** A member's configuration for `space` on a device that never reaches a server. */
export const offlineMember = (space: string, name = 'Alice'): SpaceConfig => ({
  serverUrl: 'ws://127.0.0.1:9',
  space,
  token: 'x'.repeat(43),
  displayName: name,
  color: '#1f77b4',
  authorId: `author-${name.toLowerCase()}-0001`,
});

/** Notes spaces for views under test: on this device only (fake IndexedDB), never connecting. */
export interface OfflineSpaces {
  /** Ana's configuration for a space of its own: IndexedDB (fake) lives as long as the test file. */
  member(): SpaceConfig;
  /** Opens the space of `config` (a new one by default), ready; closed after the test. */
  open(config?: SpaceConfig, options?: NotesSpaceOptions): Promise<NotesSpace>;
  /** Unmounts a rendered view after the test, before its space closes. */
  unmountAfter(unmount: () => void): void;
}

/** Call once per test file (or describe block): it registers the afterEach that cleans up. */
export function offlineSpaces(prefix: string): OfflineSpaces {
  let count = 0;
  let space: NotesSpace | undefined;
  let unmount: (() => void) | undefined;
  afterEach(async () => {
    unmount?.();
    unmount = undefined;
    await space?.close();
    space = undefined;
  });
  const member = (): SpaceConfig => {
    count += 1;
    return {
      serverUrl: 'ws://127.0.0.1:9',
      space: `${prefix}-${count}`,
      token: 'A'.repeat(43),
      displayName: 'Ana',
      color: '#d62728',
      authorId: 'author-0001',
    };
  };
  return {
    member,
    async open(config = member(), options = {}) {
      space = openNotesSpace(config, { connect: false, relay: null, ...options });
      await space.ready;
      return space;
    },
    unmountAfter(view) {
      unmount = view;
    },
  };
}
