import { describe, expect, it } from 'vitest';
import { encodeInvite, normaliseServerUrl, parseInvite, serverAddressOf } from '../../lib/notes';
import { serverConfirmation } from '../../lib/app/team-space/server-confirmation';

const TOKEN = '04FxxSNRWq9Aiuqgwd00qYZ7_1Fw-A5ZqeLb4O4JzjE';
const inviteTo = (url: string) => 'attache:' + Buffer.from(JSON.stringify({ v: 1, url, space: 'acme', token: TOKEN })).toString('base64url');
const kindOf = (address: string) => serverAddressOf(new URL(address)).kind;

describe('the server an invite points at', () => {
  it('must be reached over wss://, unless it is on this computer', () => {
    for (const url of ['ws://notes.example.org', 'http://notes.example.org', 'ws://192.168.1.20:1234', 'ws://10.0.0.1', 'ws://[fe80::1]', 'ws://[::ffff:10.0.0.1]', 'ws://0.0.0.0:1234']) {
      expect(() => parseInvite(inviteTo(url)), url).toThrow(/url: expected a wss:\/\/ address: (ws|http):\/\/ sends notes and the token unencrypted/);
      expect(() => normaliseServerUrl(url), url).toThrow(/expected a wss:\/\/ address/);
    }
    for (const url of ['ws://127.0.0.1:1234', 'ws://127.8.9.10', 'ws://localhost:1234', 'ws://notes.localhost', 'ws://[::1]:1234', 'http://127.0.0.1:1234']) {
      expect(parseInvite(inviteTo(url)).serverUrl, url).toMatch(/^ws:\/\//);
    }
    expect(parseInvite(inviteTo('wss://notes.example.org')).serverUrl).toBe('wss://notes.example.org');
    expect(parseInvite(inviteTo('https://notes.example.org:8443/')).serverUrl).toBe('wss://notes.example.org:8443');
  });

  it('is not fooled by other spellings of an address', () => {
    // The URL parser writes IPv4 in dotted decimal, whatever the code says.
    expect(() => normaliseServerUrl('ws://0x7f.1')).not.toThrow();
    expect(kindOf('ws://0x7f.1')).toBe('loopback');
    expect(() => normaliseServerUrl('ws://3232235777')).toThrow(/wss:/); // 192.168.1.1
    expect(kindOf('wss://3232235777')).toBe('private');
    expect(() => normaliseServerUrl('ws://127.0.0.1.example.org')).toThrow(/wss:/);
    expect(() => normaliseServerUrl('ws://localhost.example.org')).toThrow(/wss:/);
    expect(kindOf('wss://LOCALHOST')).toBe('loopback');
  });

  it('is told apart as loopback, private, link-local or other', () => {
    const cases: Array<[string, string]> = [
      ['wss://127.0.0.1', 'loopback'],
      ['wss://[::1]', 'loopback'],
      ['wss://10.1.2.3', 'private'],
      ['wss://172.16.0.1', 'private'],
      ['wss://172.31.255.255', 'private'],
      ['wss://172.32.0.1', 'other'],
      ['wss://172.15.0.1', 'other'],
      ['wss://192.168.0.1', 'private'],
      ['wss://192.169.0.1', 'other'],
      ['wss://[fc00::1]', 'private'],
      ['wss://[fd12:3456::1]', 'private'],
      ['wss://[fe00::1]', 'other'],
      ['wss://169.254.169.254', 'link-local'],
      ['wss://[fe80::1]', 'link-local'],
      ['wss://[febf::1]', 'link-local'],
      ['wss://[fec0::1]', 'other'],
      ['wss://[::ffff:192.168.1.1]', 'private'],
      ['wss://[::ffff:169.254.1.1]', 'link-local'],
      ['wss://[2001:db8::1]', 'other'],
      ['wss://8.8.8.8', 'other'],
      ['wss://notes.example.org', 'other'],
    ];
    for (const [address, kind] of cases) expect(kindOf(address), address).toBe(kind);
  });

  it('is shown in full before joining, with private and link-local addresses named as such', () => {
    const shown = (url: string) => serverConfirmation(parseInvite(inviteTo(url)).serverUrl);
    expect(shown('wss://notes.example.org:8443')).toEqual({ address: 'wss://notes.example.org:8443', host: 'notes.example.org', where: '' });
    expect(shown('wss://192.168.1.20:1234')).toMatchObject({ address: 'wss://192.168.1.20:1234', where: expect.stringMatching(/^192\.168\.1\.20 is a private network address/) });
    expect(shown('wss://[fd00::5]').where).toMatch(/^\[fd00::5\] is a private network address/);
    expect(shown('wss://169.254.169.254').where).toMatch(/^169\.254\.169\.254 is a link-local address/);
    expect(shown('wss://[fe80::1]').where).toMatch(/is a link-local address/);
    expect(shown('ws://127.0.0.1:1234').where).toMatch(/this computer/);
  });

  it('round-trips through an invite code made by a member', () => {
    const code = encodeInvite({ serverUrl: 'wss://10.0.0.7:9000', space: 'acme', token: TOKEN });
    expect(parseInvite(code)).toEqual({ serverUrl: 'wss://10.0.0.7:9000', space: 'acme', token: TOKEN });
  });
});
