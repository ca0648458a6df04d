/**
 * Where a sync server address points, as far as the address itself tells: this computer
 * (loopback), a private or link-local network, or anywhere else. Joining shows it to the member
 * before connecting, since an invite code is pasted from someone else: a code pointing at
 * 192.168.1.1 or 169.254.169.254 would have the extension knock on a machine of the reader's own
 * network. Host names other than `localhost` are not resolved; they count as `other`.
 */
export type AddressKind = 'loopback' | 'private' | 'link-local' | 'other';

export interface ServerAddress {
  /** The host as the URL parser wrote it (IPv4 in dotted decimal, IPv6 in brackets). */
  host: string;
  kind: AddressKind;
}

function ipv4Octets(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

function ipv4Kind([a, b]: number[]): AddressKind {
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return 'other';
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, no brackets). */
function ipv6Groups(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some(Number.isNaN) ? undefined : groups;
}

function ipv6Kind(groups: number[]): AddressKind {
  const [first] = groups as [number];
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d reaches the IPv4 address a.b.c.d.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return ipv4Kind([groups[6]! >> 8, groups[6]! & 0xff]);
  }
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  return 'other';
}

/** Classifies the host of a parsed ws(s) URL. */
export function serverAddressOf(url: URL): ServerAddress {
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return { host, kind: 'loopback' };
  const v4 = ipv4Octets(host);
  if (v4) return { host, kind: ipv4Kind(v4) };
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (groups) return { host, kind: ipv6Kind(groups) };
  }
  return { host, kind: 'other' };
}
