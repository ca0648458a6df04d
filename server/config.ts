import path from 'node:path';
import type { UnauthenticatedLimits } from './access/unauthenticated-limits.ts';

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
  /** Bounds on sockets that have not yet authenticated for any document. */
  unauthenticated: UnauthenticatedLimits;
}

export class ConfigError extends Error {}

const DEFAULTS = {
  PORT: '1234',
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  MAX_MESSAGE_BYTES: String(1024 * 1024),
  PREAUTH_SOCKET_BYTES: String(1024 * 1024),
  PREAUTH_TOTAL_BYTES: String(32 * 1024 * 1024),
  PREAUTH_TIMEOUT_MS: '10000',
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
    unauthenticated: readUnauthenticatedLimits(env),
  };
}

function readUnauthenticatedLimits(env: NodeJS.ProcessEnv): UnauthenticatedLimits {
  const limits = {
    socketBytes: integer(env, 'PREAUTH_SOCKET_BYTES', 1024, 512 * 1024 * 1024),
    totalBytes: integer(env, 'PREAUTH_TOTAL_BYTES', 1024, 64 * 1024 * 1024 * 1024),
    timeoutMs: integer(env, 'PREAUTH_TIMEOUT_MS', 100, 10 * 60 * 1000),
  };
  if (limits.totalBytes < limits.socketBytes) {
    throw new ConfigError(`PREAUTH_TOTAL_BYTES (${limits.totalBytes}) must be at least PREAUTH_SOCKET_BYTES (${limits.socketBytes})`);
  }
  return limits;
}

/** The SQLite file inside the data directory. */
export function databasePath(config: Pick<ServerConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'attache-sync.sqlite');
}
