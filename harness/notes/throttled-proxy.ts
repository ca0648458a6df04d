import net from 'node:net';

/**
 * A TCP relay on loopback between clients and the sync server that passes what clients send
 * on in small slices, as a slow uplink does, and can be cut at once. Cutting it freezes what
 * the server can have received: whatever the relay still held never reaches it.
 */
export interface ThrottledProxy {
  url: string;
  /** Where the relay connects new client connections to (the server's current port). */
  setUpstream(port: number): void;
  /** Drops every connection now, with whatever of the clients' bytes were not passed on. */
  cut(): void;
  close(): Promise<void>;
}

export async function startThrottledProxy(options: { sliceBytes: number; intervalMs: number }): Promise<ThrottledProxy> {
  let upstreamPort = 0;
  const sockets = new Set<net.Socket>();
  const timers = new Set<ReturnType<typeof setInterval>>();

  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const held: Buffer[] = [];
    const timer = setInterval(() => {
      let budget = options.sliceBytes;
      while (budget > 0 && held.length > 0) {
        const chunk = held[0]!;
        const part = chunk.subarray(0, budget);
        if (part.length === chunk.length) held.shift();
        else held[0] = chunk.subarray(budget);
        budget -= part.length;
        upstream.write(part);
      }
    }, options.intervalMs);
    timers.add(timer);
    const drop = () => {
      clearInterval(timer);
      timers.delete(timer);
      held.length = 0;
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk) => held.push(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('error', drop);
    upstream.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  const cut = () => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    url: `ws://127.0.0.1:${port}`,
    setUpstream: (next) => (upstreamPort = next),
    cut,
    close: async () => {
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
