import { describe, expect, it } from 'vitest';
import { encodeInvite } from '../../../lib/notes';
import { checkJoinForm, type JoinFormValues } from '../../../lib/app/team-space/membership-form';
import { describeSyncStatus } from '../../../lib/app/team-space/status-text';

const TOKEN = 'A'.repeat(21) + '_' + 'b'.repeat(21);
const AUTHOR = 'author-0001';
const base: JoinFormValues = { mode: 'fields', invite: '', serverUrl: '', space: '', token: '', displayName: 'Ana', color: '#d62728' };

describe('checkJoinForm', () => {
  it('takes server, space and token from an invite code', () => {
    const invite = encodeInvite({ serverUrl: 'wss://notes.example.org', space: 'acme', token: TOKEN });
    const check = checkJoinForm({ ...base, mode: 'invite', invite }, AUTHOR);
    expect(check).toEqual({
      ok: true,
      config: { serverUrl: 'wss://notes.example.org', space: 'acme', token: TOKEN, displayName: 'Ana', color: '#d62728', authorId: AUTHOR },
    });
  });

  it('ignores the separate fields in invite mode', () => {
    const invite = encodeInvite({ serverUrl: 'wss://notes.example.org', space: 'acme', token: TOKEN });
    const check = checkJoinForm({ ...base, mode: 'invite', invite, space: 'not a space!' }, AUTHOR);
    expect(check.ok).toBe(true);
  });

  it('reports a damaged invite code on the code alone', () => {
    const check = checkJoinForm({ ...base, mode: 'invite', invite: 'attache:%%%' }, AUTHOR);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors)).toEqual(['invite']);
    expect(check.errors.invite).toBe('This invite code is incomplete or damaged. Copy it again in full, or ask for a new one.');
  });

  it('reports every wrong field of a membership typed in by hand', () => {
    const check = checkJoinForm({ ...base, serverUrl: 'ftp://x', space: 'a b', token: 'short', displayName: ' ' }, AUTHOR);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['displayName', 'serverUrl', 'space', 'token']);
    expect(check.errors.token).toContain('43 characters');
  });

  it('turns an https address into the wss one', () => {
    const check = checkJoinForm({ ...base, serverUrl: 'https://notes.example.org/', space: 'acme', token: TOKEN }, AUTHOR);
    expect(check.ok && check.config.serverUrl).toBe('wss://notes.example.org');
  });
});

describe('describeSyncStatus', () => {
  const at = (state: 'offline' | 'syncing' | 'connected' | 'read-only' | 'denied', pendingChanges: number) =>
    describeSyncStatus({ state, pendingChanges, lastSyncedAt: null });

  it('says what has not reached the server, with the right number', () => {
    expect(at('offline', 3)).toMatch(/^Offline: 3 changes not yet on the server/);
    expect(at('offline', 1)).toMatch(/^Offline: 1 change not yet/);
    expect(at('syncing', 2)).toBe('Syncing: 2 changes not yet on the server.');
  });

  it('tells a read-only member so, and that changes made here will not reach the server', () => {
    expect(at('read-only', 0)).toMatch(/^Read-only: your token lets you read/);
    expect(at('read-only', 2)).toMatch(/2 changes made on this device will not reach the server\.$/);
  });

  it('says when everything is on the server', () => {
    expect(at('connected', 0)).toBe('Connected: every change is on the server.');
  });

  it('tells a refused member what to do', () => {
    expect(at('denied', 0)).toMatch(/Ask for a new invite/);
  });
});
