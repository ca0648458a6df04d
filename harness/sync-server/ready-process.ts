import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

/** A port free on loopback right now, for a process that must be told its port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ReadyProcess {
  child: ChildProcess;
  /** What `ready` matched in the output. */
  ready: RegExpExecArray;
  /** Everything the process printed (stdout and stderr), for failure messages. */
  output(): string;
  /** Resolves once the process has exited, whatever the reason. */
  exited: Promise<void>;
  /** False once the process has exited. */
  alive(): boolean;
  /** Sends `signal` unless the process already exited, then waits for it to exit. */
  signal(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a process and waits until its output matches `ready`; rejects, with what it printed,
 * if it exits first. `hint` is added to the message when the command cannot be run at all.
 */
export async function startReady(
  command: string,
  args: string[],
  options: SpawnOptions & { name: string; ready: RegExp; hint?: string },
): Promise<ReadyProcess> {
  const { name, ready, hint, ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`cannot start ${name}${hint ? ` (${hint})` : ''}: ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.exec(output);
      if (found) resolve(found);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    ready: match,
    output: () => output,
    exited,
    alive,
    signal: async (signal) => {
      if (alive()) child.kill(signal);
      await exited;
    },
  };
}
