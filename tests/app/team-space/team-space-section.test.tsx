// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSpaceConfigStore,
  encodeInvite,
  INITIAL_STATUS,
  observable,
  type NoteMeta,
  type NotesSpace,
  type ReadNotesResult,
  type SpaceConfig,
  type SyncStatus,
} from '../../../lib/notes';
import { TeamSpaceSection, type TeamSpaceServices } from '../../../lib/app/team-space';
import { buttonNamed, click, mount } from '../../shared/card/render';
import { memoryStorage } from '../../../harness/memory-storage';
import { until } from '../interact';

const TOKEN = 'A'.repeat(21) + '_' + 'b'.repeat(21);
const member: SpaceConfig = {
  serverUrl: 'ws://127.0.0.1:1234',
  space: 'acme',
  token: TOKEN,
  displayName: 'Ana',
  color: '#d62728',
  authorId: 'author-0001',
};
const note = (id: string): NoteMeta => ({
  id,
  target: { kind: 'entity', entityId: 'cicir' },
  authors: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  tags: [],
  deletedAt: null,
});

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function render(stored?: SpaceConfig) {
  const storage = memoryStorage();
  const store = createSpaceConfigStore(storage);
  if (stored) await store.save(stored);
  const status = observable<SyncStatus>(INITIAL_STATUS);
  let listening = 0;
  const watchedStatus: typeof status = {
    ...status,
    subscribe(listener) {
      listening += 1;
      const stop = status.subscribe(listener);
      return () => ((listening -= 1), stop());
    },
  };
  const opened: SpaceConfig[] = [];
  const closed = vi.fn();
  const services: TeamSpaceServices = {
    store,
    openSpace: (config) => {
      opened.push(config);
      const space: Partial<NotesSpace> = {
        config,
        status: watchedStatus,
        notes: observable<ReadNotesResult>({ notes: [note('n1'), note('n2')], problems: [] }),
        close: async () => closed(),
      };
      return space as NotesSpace;
    },
    forgetLocally: vi.fn(async () => {}),
    newAuthorId: () => 'author-0001',
    copy: vi.fn(async () => {}),
  };
  const mounted = mount(<TeamSpaceSection services={services} />);
  unmount = mounted.unmount;
  // What the section shows once it has read the stored membership; a member's section also
  // follows the space's status.
  await until(() => {
    expect(mounted.container.querySelector(stored ? '.ts-membership' : 'form.ts-form')).not.toBeNull();
    if (stored) expect(listening).toBeGreaterThan(0);
  });
  return { root: mounted.container, store, storage, status, opened, closed, services };
}

describe('TeamSpaceSection', () => {
  it('offers to join when not in a space, and shows the membership once joined', async () => {
    const { root, store, opened } = await render();
    expect(root.querySelector('form.ts-form')).not.toBeNull();
    await act(async () => store.save(member));
    await until(() => expect(root.querySelector('.ts-membership')?.textContent).toBe('Member of acme on ws://127.0.0.1:1234'));
    expect(opened.map((config) => config.space)).toEqual(['acme']);
  });

  it('tells a reader who is not in a space to ask their administrator, not to run a server command', async () => {
    const { root } = await render();
    const text = root.querySelector('.ts-section')?.textContent ?? '';
    expect(text).toContain("Ask your team's administrator for an invite code");
    expect(text).not.toMatch(/npm|sync-server/);
  });

  it('links an administrator to the bundled page on running a team space', async () => {
    const { root } = await render();
    const link = root.querySelector<HTMLAnchorElement>('.ts-admin-help a')!;
    expect(link.textContent).toBe('How to run a team space');
    expect(link.getAttribute('href')).toBe('/team-admin.html');
    expect(link.target).toBe('_blank');
  });

  it('shows the sync status and the changes not yet on the server as they change', async () => {
    const { root, status } = await render(member);
    const line = () => root.querySelector('.ts-status')?.textContent;
    expect(line()).toMatch(/^Offline/);
    act(() => status.set({ state: 'syncing', pendingChanges: 4, lastSyncedAt: null }));
    expect(line()).toBe('Syncing: 4 changes not yet on the server.');
    act(() => status.set({ state: 'connected', pendingChanges: 0, lastSyncedAt: '2026-01-01T00:00:00.000Z' }));
    expect(line()).toBe('Connected: every change is on the server.');
  });

  it('saves a new name and reopens the space so peers see it', async () => {
    const { root, store, opened, closed } = await render(member);
    const name = root.querySelector('#ts-profile-name') as HTMLInputElement;
    act(() => {
      name.value = 'Ana Ruiz';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form.ts-profile')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => expect(opened.map((config) => config.displayName)).toEqual(['Ana', 'Ana Ruiz']));
    expect((await store.load())?.displayName).toBe('Ana Ruiz');
    expect(closed).toHaveBeenCalledOnce();
  });

  it('shows this membership as an invite code on request and copies it', async () => {
    const { root, services } = await render(member);
    click(buttonNamed(root, 'Show invite code'));
    const code = (root.querySelector('#ts-invite-code') as HTMLInputElement).value;
    expect(code).toBe(encodeInvite(member));
    await act(async () => buttonNamed(root, 'Copy')!.click());
    expect(services.copy).toHaveBeenCalledWith(code);
  });

  it('warns about unsent changes before leaving, then forgets the space on this device', async () => {
    const { root, store, status, services } = await render(member);
    act(() => status.set({ state: 'offline', pendingChanges: 2, lastSyncedAt: null }));
    click(buttonNamed(root, 'Leave space…'));
    expect(root.querySelector('.ts-confirm')?.textContent).toContain('2 changes have not reached the server and will be lost');
    await act(async () => buttonNamed(root, /^Leave and remove/)!.click());
    await until(() => expect(root.querySelector('form.ts-form')).not.toBeNull());
    expect(await store.load()).toBeNull();
    expect(services.forgetLocally).toHaveBeenCalledWith('acme', ['acme/note/n1', 'acme/note/n2']);
    expect(root.querySelector('form.ts-form')).not.toBeNull();
  });

  it('stays in the space when the member changes their mind', async () => {
    const { root, store } = await render(member);
    click(buttonNamed(root, 'Leave space…'));
    click(buttonNamed(root, 'Stay'));
    expect(await store.load()).not.toBeNull();
    expect(buttonNamed(root, 'Leave space…')).toBeDefined();
  });
});
