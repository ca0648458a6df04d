import { serverAddressOf } from '../../notes';

/** What the join form asks the member to confirm: where the space's server is. */
export interface ServerConfirmation {
  /** The full address, as it will be connected to. */
  address: string;
  host: string;
  /** What kind of place the address reaches, when that is worth saying; else empty. */
  where: string;
}

/** For a server address that passed normaliseServerUrl. */
export function serverConfirmation(serverUrl: string): ServerConfirmation {
  const { host, kind } = serverAddressOf(new URL(serverUrl));
  const where = {
    loopback: `${host} is this computer (a loopback address).`,
    private:
      `${host} is a private network address: it reaches a machine on a network you are connected to ` +
      '(home, office or VPN), not a server on the internet. Join only if your team runs its server there.',
    'link-local':
      `${host} is a link-local address: it reaches a device on the network segment you are connected to ` +
      'right now, such as a router, not a server on the internet. Join only if your team runs its server there.',
    other: '',
  }[kind];
  return { address: serverUrl, host, where };
}
