import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { waitFor } from './wait-for.ts';

/** A team member's client as the extension runs it: a Y.Doc synced by a Hocuspocus provider. */
export interface TeamClient {
  doc: Y.Doc;
  text: Y.Text;
  map: Y.Map<unknown>;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  authenticated: boolean;
  /** Set when the server refused the token for this document. */
  refused: boolean;
  /** Waits until the provider has synced with the server at least once since connecting. */
  synced(): Promise<void>;
  /** Waits until the server acknowledged every local change. */
  settled(): Promise<void>;
  /** Closes the connection and stops reconnecting; resolves once the socket is closed. */
  goOffline(): Promise<void>;
  goOnline(): void;
  destroy(): void;
}

export function openClient(url: string, name: string, token: string, doc = new Y.Doc()): TeamClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    // Node's own WebSocket, which behaves like the browser's (the extension's) one.
    WebSocketPolyfill: globalThis.WebSocket,
    // Reconnect quickly: tests restart servers and expect clients back soon after.
    delay: 50,
    minDelay: 50,
    maxDelay: 250,
    jitter: false,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc });
  const client: TeamClient = {
    doc,
    text: doc.getText('body'),
    map: doc.getMap('fields'),
    provider,
    socket,
    authenticated: false,
    refused: false,
    synced: () => waitFor(() => provider.isSynced, `client of "${name}" to sync`),
    settled: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `client of "${name}" to settle`),
    goOffline: async () => {
      socket.disconnect();
      // The provider ignores connect() while it still counts itself connected, so a quick
      // goOnline() would leave it offline for good: wait for the socket to close.
      await waitFor(() => socket.status !== WebSocketStatus.Connected, `client of "${name}" to go offline`);
    },
    goOnline: () => void socket.connect(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  provider.on('authenticated', () => (client.authenticated = true));
  provider.on('authenticationFailed', () => (client.refused = true));
  provider.attach();
  return client;
}
