import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';

describe('sync server configuration', () => {
  it('defaults to a loopback server with data in ./data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 1234, host: '127.0.0.1', maxMessageBytes: 1024 * 1024, redisUrl: null, databaseUrl: null });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.unauthenticated).toEqual({ socketBytes: 1024 * 1024, totalBytes: 32 * 1024 * 1024, timeoutMs: 10_000 });
  });

  it('reads every setting from the environment', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: 'team-data',
      MAX_MESSAGE_BYTES: '65536',
      REDIS_URL: 'redis://127.0.0.1:6380/2',
      DATABASE_URL: 'postgres://attache@db.internal:5432/attache_sync',
      PREAUTH_SOCKET_BYTES: '4096',
      PREAUTH_TOTAL_BYTES: '65536',
      PREAUTH_TIMEOUT_MS: '2500',
    });
    expect(config.unauthenticated).toEqual({ socketBytes: 4096, totalBytes: 65536, timeoutMs: 2500 });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', maxMessageBytes: 65536, redisUrl: 'redis://127.0.0.1:6380/2' });
    expect(config.databaseUrl).toBe('postgres://attache@db.internal:5432/attache_sync');
    expect(config.dataDir).toBe(path.resolve('team-data'));
  });

  it('names the variable and the expected value when a setting is wrong', () => {
    expect(() => readConfig({ PORT: '12ab' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT: expected a whole number from 0 to 65535, got "70000"/);
    expect(() => readConfig({ MAX_MESSAGE_BYTES: '-1' })).toThrow(/MAX_MESSAGE_BYTES/);
    expect(() => readConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
    // The password is not echoed back.
    expect(() => readConfig({ DATABASE_URL: 'mysql://app:secret@db/x' })).toThrow(/DATABASE_URL: expected postgres:.*"mysql:\/\/app:\*\*\*@db\/x"/);
    expect(() => readConfig({ PREAUTH_TIMEOUT_MS: '5s' })).toThrow(/PREAUTH_TIMEOUT_MS: expected a whole number/);
    expect(() => readConfig({ PREAUTH_SOCKET_BYTES: '65536', PREAUTH_TOTAL_BYTES: '4096' })).toThrow(
      /PREAUTH_TOTAL_BYTES \(4096\) must be at least PREAUTH_SOCKET_BYTES \(65536\)/,
    );
  });
});
