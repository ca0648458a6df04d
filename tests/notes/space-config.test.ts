import { memoryStorage } from '../../harness/memory-storage';
import { describe, expect, it } from 'vitest';
import {
  checkSpaceConfig,
  createSpaceConfigStore,
  encodeInvite,
  InviteCodeError,
  parseInvite,
  SPACE_CONFIG_KEY,
  type SpaceConfig,
} from '../../lib/notes';

const TOKEN = '04FxxSNRWq9Aiuqgwd00qYZ7_1Fw-A5ZqeLb4O4JzjE';
const member: SpaceConfig = {
  serverUrl: 'wss://notes.example.org',
  space: 'acme',
  token: TOKEN,
  displayName: 'Alice',
  color: '#1f77b4',
  authorId: 'b3c1f2a4-0000-4000-8000-000000000001',
};

describe('space membership', () => {
  it('accepts a sound membership and tidies what people type', () => {
    const check = checkSpaceConfig({ ...member, serverUrl: ' https://notes.example.org/ ', displayName: '  Alice   B ', color: '#1F77B4', token: ` ${TOKEN}\n` });
    expect(check).toEqual({ ok: true, config: { ...member, displayName: 'Alice B' } });
    expect(checkSpaceConfig({ ...member, serverUrl: 'ws://127.0.0.1:1234' })).toMatchObject({ ok: true, config: { serverUrl: 'ws://127.0.0.1:1234' } });
  });

  it('names every field that is wrong and what it should be', () => {
    const check = checkSpaceConfig({ serverUrl: 'ftp://x', space: 'a/b', token: TOKEN.slice(0, 40), displayName: ' ', color: 'blue', authorId: 'x' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      serverUrl: 'expected a ws:// or wss:// address, got ftp://',
      space: 'a space name has 1 to 64 letters, digits, "_" or "-"',
      token: 'a token has 43 characters, this one 40: was it copied whole?',
      displayName: 'a display name is required, so the team knows who wrote what',
      color: 'a colour is written #rrggbb, for example #1f77b4',
      authorId: 'an author id has 8 to 64 letters, digits, "_" or "-"',
    });
    expect(checkSpaceConfig({ ...member, serverUrl: 'notes.example.org' })).toMatchObject({ ok: false, errors: { serverUrl: expect.stringMatching(/not an address/) } });
    expect(checkSpaceConfig({ ...member, serverUrl: 'wss://me:secret@notes.example.org' })).toMatchObject({ ok: false, errors: { serverUrl: expect.stringMatching(/user name or password/) } });
  });

  it('stores, reloads, announces and forgets the membership', async () => {
    const storage = memoryStorage();
    const store = createSpaceConfigStore(storage);
    const seen: Array<SpaceConfig | null> = [];
    const unsubscribe = store.subscribe((config) => seen.push(config));
    expect(await store.load()).toBeNull();
    await store.save(member);
    expect(await store.load()).toEqual(member);
    await store.clear();
    expect(await store.load()).toBeNull();
    unsubscribe();
    await store.save(member);
    expect(seen).toEqual([member, null]);
    await expect(store.save({ ...member, color: 'red' })).rejects.toThrow(/#rrggbb/);
  });

  it('treats a damaged stored membership as none, and says so', async () => {
    const storage = memoryStorage();
    storage.items.set(SPACE_CONFIG_KEY, { ...member, token: 'short' });
    const problems: string[] = [];
    expect(await createSpaceConfigStore(storage, (problem) => problems.push(problem)).load()).toBeNull();
    expect(problems).toEqual(['stored membership ignored: token: a token has 43 characters, this one 5: was it copied whole?']);
  });
});

describe('invite codes', () => {
  it('round-trips server, space and token through one pasteable string', () => {
    const code = encodeInvite(member);
    expect(code).toMatch(/^attache:[A-Za-z0-9_-]+$/);
    expect(parseInvite(code)).toEqual({ serverUrl: member.serverUrl, space: 'acme', token: TOKEN });
    // Mail and chat wrap long lines.
    expect(parseInvite(`  ${code.slice(0, 30)}\n${code.slice(30)}  `)).toEqual(parseInvite(code));
  });

  it('says clearly what is wrong with a bad code', () => {
    const encode = (value: unknown) => 'attache:' + Buffer.from(JSON.stringify(value)).toString('base64url');
    const cases: Array<[string, RegExp, InviteCodeError['problem']]> = [
      ['', /nothing was pasted/, 'empty'],
      [TOKEN, /expected a code beginning with "attache:"/, 'not-an-invite'],
      ['attache:abc$def', /only letters, digits/, 'damaged'],
      [encodeInvite(member).slice(0, 40), /cut off or damaged/, 'damaged'],
      ['attache:' + Buffer.from('[1,2]').toString('base64url'), /expected an object/, 'damaged'],
      [encode({ v: 2, url: member.serverUrl, space: 'acme', token: TOKEN }), /invite format 2/, 'other-version'],
      [encode({ v: 1, url: 'mailto:x', space: 'acme', token: TOKEN }), /^invite code: url: expected a ws/, 'unusable-contents'],
      [encode({ v: 1, url: member.serverUrl, space: '', token: 'x' }), /space: a space name .*; token: a token has 43 characters/, 'unusable-contents'],
    ];
    for (const [code, message, problem] of cases) {
      expect(() => parseInvite(code), code).toThrow(InviteCodeError);
      expect(() => parseInvite(code), code).toThrow(message);
      expect(() => parseInvite(code), code).toThrow(expect.objectContaining({ problem }));
    }
  });
});
