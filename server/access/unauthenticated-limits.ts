import { MessageType, type Extension, type Hocuspocus } from '@hocuspocus/server';
import { WireReader } from '../../lib/shared/wire-reader.ts';

/** What a socket may do before it has authenticated for any document. */
export interface UnauthenticatedLimits {
  /** Bytes one socket may send before authenticating. */
  socketBytes: number;
  /** Bytes all unauthenticated sockets together may hold; the oldest give way to the newest. */
  totalBytes: number;
  /** Time a socket has to authenticate before it is closed. */
  timeoutMs: number;
}

type ClientConnection = ReturnType<Hocuspocus['handleConnection']>;

interface PendingSocket {
  bytes: number;
  timer: NodeJS.Timeout;
  reject(reason: string): void;
}

// The peer's address, stamped on the upgrade request (overwriting anything the client sent),
// since Hocuspocus hands the connection only a copy of the request's URL and headers.
const PEER_HEADER = 'x-attache-peer';
const POLICY_VIOLATION = 1008;

/**
 * Hocuspocus queues what a socket sends for a document until that document's authentication
 * is done, up to 5 MB per socket, and closes a socket that never authenticates only after 60 to
 * 120 seconds; nothing bounds all sockets together. This bounds each unauthenticated socket's
 * bytes and lifetime, keeps the total under a cap by closing the oldest such sockets first
 * (an honest client authenticates within a round trip, so it is rarely the oldest), drops
 * malformed messages before Hocuspocus decodes them, and logs each refusal on one line.
 */
export function unauthenticatedLimits(limits: UnauthenticatedLimits): Extension {
  // Insertion order is age: the first entry is the oldest unauthenticated socket.
  const pending = new Map<ClientConnection, PendingSocket>();
  const byRequest = new WeakMap<Request, ClientConnection>();
  let total = 0;

  const release = (connection: ClientConnection) => {
    const socket = pending.get(connection);
    if (!socket) return;
    pending.delete(connection);
    total -= socket.bytes;
    clearTimeout(socket.timer);
  };

  const admit = (connection: ClientConnection, websocket: { close(code?: number, reason?: string): void }, request: Request) => {
    const peer = request.headers.get(PEER_HEADER) ?? 'unknown peer';
    let rejected = false;
    const socket: PendingSocket = {
      bytes: 0,
      timer: setTimeout(() => socket.reject(`not authenticated within ${limits.timeoutMs} ms`), limits.timeoutMs),
      reject: (reason) => {
        rejected = true;
        release(connection);
        console.warn(`refused unauthenticated connection from ${peer}: ${reason}`);
        websocket.close(POLICY_VIOLATION, 'unauthenticated limit');
        // Drops what Hocuspocus queued for it now rather than when the close handshake ends.
        connection.handleClose();
      },
    };
    socket.timer.unref();
    pending.set(connection, socket);
    byRequest.set(request, connection);

    const handleMessage = connection.handleMessage;
    connection.handleMessage = (data) => {
      if (rejected) return;
      if (!pending.has(connection)) return handleMessage(data);
      const problem = frameProblem(data);
      if (problem) return socket.reject(`malformed message (${problem})`);
      if (socket.bytes + data.byteLength > limits.socketBytes) {
        return socket.reject(`${socket.bytes + data.byteLength} bytes before authenticating (PREAUTH_SOCKET_BYTES ${limits.socketBytes})`);
      }
      socket.bytes += data.byteLength;
      total += data.byteLength;
      for (const [other, oldest] of pending) {
        if (total <= limits.totalBytes) break;
        if (other === connection) continue;
        oldest.reject(`unauthenticated connections together over PREAUTH_TOTAL_BYTES ${limits.totalBytes}; oldest closed first`);
      }
      handleMessage(data);
    };
    const handleClose = connection.handleClose.bind(connection);
    connection.handleClose = (event) => {
      release(connection);
      handleClose(event);
    };
  };

  return {
    extensionName: 'UnauthenticatedLimits',

    async onConfigure({ instance }) {
      // Hocuspocus offers no hook per socket message, so its connection factory is wrapped.
      const handleConnection = instance.handleConnection.bind(instance);
      instance.handleConnection = (websocket, request, context) => {
        const connection = handleConnection(websocket, request, context);
        admit(connection, websocket, request);
        return connection;
      };
    },

    async onUpgrade({ request }) {
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? 'unknown peer';
    },

    // Runs only once the access check before it passed: from now on the socket is a member's.
    async onAuthenticate({ request }) {
      const connection = byRequest.get(request);
      if (connection) release(connection);
    },

    async onDestroy() {
      for (const connection of [...pending.keys()]) release(connection);
    },
  };
}

/**
 * Why a message cannot be a Hocuspocus message (document name, message type, and for an
 * authentication message its type and token), or null when it can.
 */
function frameProblem(message: Uint8Array): string | null {
  try {
    const reader = new WireReader(message);
    reader.varString();
    if (reader.varUint() !== MessageType.Auth) return null;
    reader.varUint();
    reader.varString();
    if (reader.hasMore()) reader.varString(); // the provider's version
    return null;
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
}
