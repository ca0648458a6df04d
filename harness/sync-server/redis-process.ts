import { freePort, startReady } from './ready-process.ts';

export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A throwaway redis-server on loopback that keeps nothing on disk. Pass the port of one that
 * was stopped to bring it back where its clients expect it.
 */
export async function startRedis(wantedPort?: number): Promise<RedisProcess> {
  const port = wantedPort ?? (await freePort());
  const redis = await startReady(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { name: 'redis-server', ready: /Ready to accept connections/, hint: 'apt-get install redis-server' },
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => redis.signal('SIGKILL'),
  };
}
