// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeInvite, type SpaceConfig } from '../../../lib/notes';
import { JoinSpaceForm } from '../../../lib/app/team-space/JoinSpaceForm';
import { mount } from '../../shared/card/render';
import { until } from '../interact';

const TOKEN = 'A'.repeat(21) + '_' + 'b'.repeat(21);
let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function render(onJoin = vi.fn(async (_config: SpaceConfig) => {})) {
  const mounted = mount(<JoinSpaceForm onJoin={onJoin} authorId="author-0001" />);
  unmount = mounted.unmount;
  return { root: mounted.container, onJoin };
}

function fill(root: ParentNode, selector: string, value: string) {
  const input = root.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submits the form; checking it awaits nothing, so act has shown the outcome when this returns. */
function submit(root: ParentNode) {
  act(() => {
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

const confirmation = (root: ParentNode) => root.querySelector('.ts-confirm') as HTMLElement | null;

/** Confirms the server the form shows before joining, and waits until joining is over: the confirmation gone, or why it failed. */
async function confirmServer(root: ParentNode) {
  const join = [...(confirmation(root)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.startsWith('Join on'));
  if (!join) throw new Error('no server to confirm is shown');
  act(() => join.click());
  await until(() => expect(confirmation(root) === null || root.querySelector('[role="alert"]') !== null).toBe(true));
}

describe('JoinSpaceForm', () => {
  it('joins with a pasted invite code, a name and the colour picked for it', async () => {
    const { root, onJoin } = render();
    fill(root, '#ts-invite', encodeInvite({ serverUrl: 'ws://127.0.0.1:1234', space: 'acme', token: TOKEN }));
    fill(root, '#ts-displayName', 'Ana Ruiz');
    submit(root);
    expect(onJoin).not.toHaveBeenCalled();
    expect(confirmation(root)?.textContent).toContain('ws://127.0.0.1:1234');
    await confirmServer(root);
    expect(onJoin).toHaveBeenCalledOnce();
    const config = onJoin.mock.calls[0]![0];
    expect(config).toMatchObject({ serverUrl: 'ws://127.0.0.1:1234', space: 'acme', token: TOKEN, displayName: 'Ana Ruiz', authorId: 'author-0001' });
    expect(config.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('marks a bad code and a missing name, and joins nothing', async () => {
    const { root, onJoin } = render();
    fill(root, '#ts-invite', 'attache:not-a-code');
    submit(root);
    expect(onJoin).not.toHaveBeenCalled();
    expect(root.querySelector('#ts-invite')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#ts-invite-error')?.textContent).toBe('This invite code is incomplete or damaged. Copy it again in full, or ask for a new one.');
    expect(root.querySelector('#ts-displayName-error')?.textContent).toMatch(/display name is required/);
  });

  it('says what is wrong with a pasted code in a reader\'s words, not the parser\'s', () => {
    const { root } = render();
    const said = (code: string) => {
      fill(root, '#ts-invite', code);
      submit(root);
      return root.querySelector('#ts-invite-error')?.textContent ?? '';
    };
    expect(said('hellothisisnotacode')).toBe('This is not an Attaché invite code. Invite codes begin with attache: — ask for a new one.');
    expect(said('')).toBe('Paste the invite code you were given.');
    const encode = (value: unknown) => 'attache:' + Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(said(encode({ v: 2, url: 'ws://127.0.0.1:1234', space: 'acme', token: TOKEN }))).toMatch(/^This invite code was made for another version of Attaché\./);
    expect(said(encode({ v: 1, url: 'mailto:x', space: 'acme', token: TOKEN }))).toMatch(
      /^This invite code does not hold a server and space Attaché can use\. Ask for a new one\. \(For whoever made it: url: /,
    );
    for (const code of ['hellothisisnotacode', 'attache:abc$def', encodeInvite({ serverUrl: 'ws://127.0.0.1:1234', space: 'acme', token: TOKEN }).slice(0, 40)]) {
      expect(said(code), code).not.toMatch(/^invite code:|expected|got "|base64|JSON|UTF-8/);
    }
  });

  it('joins with server, space and token typed apart', async () => {
    const { root, onJoin } = render();
    const fieldsMode = root.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement;
    act(() => fieldsMode.click());
    fill(root, '#ts-serverUrl', 'https://notes.example.org');
    fill(root, '#ts-space', 'acme');
    fill(root, '#ts-token', TOKEN);
    fill(root, '#ts-displayName', 'Ben');
    fill(root, '#ts-color', '#1f77b4');
    submit(root);
    await confirmServer(root);
    expect(onJoin.mock.calls[0]![0]).toMatchObject({ serverUrl: 'wss://notes.example.org', space: 'acme', color: '#1f77b4' });
  });

  it('shows why joining failed', async () => {
    const { root } = render(vi.fn(async () => Promise.reject(new Error('storage is full'))));
    fill(root, '#ts-invite', encodeInvite({ serverUrl: 'ws://127.0.0.1:1234', space: 'acme', token: TOKEN }));
    fill(root, '#ts-displayName', 'Ana');
    submit(root);
    await confirmServer(root);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not join: storage is full');
  });

  it('shows the server of an invite before connecting, names a private address, and joins nothing on Back', async () => {
    const { root, onJoin } = render();
    fill(root, '#ts-invite', encodeInvite({ serverUrl: 'wss://192.168.1.20:8443', space: 'acme', token: TOKEN }));
    fill(root, '#ts-displayName', 'Ana');
    submit(root);
    const shown = confirmation(root)?.textContent ?? '';
    expect(shown).toContain('wss://192.168.1.20:8443');
    expect(shown).toContain('acme');
    expect(shown).toMatch(/192\.168\.1\.20 is a private network address/);
    const back = [...confirmation(root)!.querySelectorAll('button')].find((b) => b.textContent === 'Back')!;
    act(() => back.click());
    expect(confirmation(root)).toBeNull();
    expect(onJoin).not.toHaveBeenCalled();
  });

  it('refuses an invite to an unencrypted server elsewhere than this computer', async () => {
    const { root, onJoin } = render();
    fill(root, '#ts-invite', encodeInvite({ serverUrl: 'ws://notes.example.org', space: 'acme', token: TOKEN }));
    fill(root, '#ts-displayName', 'Ana');
    submit(root);
    expect(confirmation(root)).toBeNull();
    expect(onJoin).not.toHaveBeenCalled();
    expect(root.querySelector('#ts-invite-error')?.textContent).toMatch(/expected a wss:\/\/ address/);
  });
});
