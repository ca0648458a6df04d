import path from 'node:path';

/** Everything the sync server reads from its environment, parsed once at start-up. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Largest WebSocket message accepted from a client; larger ones close the connection. */
  maxMessageBytes: number;
  /** When set, documents are shared with other server processes through this Redis. */
  redisUrl: string | null;
  /** When set, everything is stored in this PostgreSQL database instead of DATA_DIR's SQLite file. */
  databaseUrl: string | null;
}

export class ConfigError extends Error {}

const DEFAULTS = {
  PORT: '1234',
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  MAX_MESSAGE_BYTES: String(1024 * 1024),
};

function integer(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS, min: number, max: number): number {
  const raw = env[name] ?? DEFAULTS[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL: expected redis://host:port or rediss://..., got "${redisUrl}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL: expected postgres://user:password@host:port/database, got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}"`);
  }
  return {
    // Port 0 lets the system pick a free port; the server prints the one it got.
    port: integer(env, 'PORT', 0, 65535),
    host: (env.HOST ?? DEFAULTS.HOST).trim() || DEFAULTS.HOST,
    dataDir: path.resolve(env.DATA_DIR?.trim() || DEFAULTS.DATA_DIR),
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 1024, 512 * 1024 * 1024),
    redisUrl,
    databaseUrl,
  };
}

/** The SQLite file inside the data directory. */
export function databasePath(config: Pick<ServerConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'attache-sync.sqlite');
}
