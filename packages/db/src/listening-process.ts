// A server process of a test (the API, the worker) on a spare port. A spare port can be taken by
// another test's server between being found and being bound, and a health check on it would then be
// answered by that other server; so a process counts as started only once it says itself, on its IPC
// channel, that it listens. One that exits first (its port taken) is started again on another port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { sparePort } from './own-services.js';

export interface ListeningProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** Everything it has printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once it has exited. */
  readonly exited: Promise<number | null>;
}

export interface ListeningOptions {
  /** The environment, given the port it is to listen on. */
  env: (port: number) => Record<string, string | undefined>;
  nodeArgs?: string[];
  timeoutMs?: number;
  attempts?: number;
}

/** The message a server sends its parent once it listens (apps/api/src/main.ts, apps/worker/src/main.ts). */
export interface ListeningMessage {
  listening: number;
}

export async function startListening(main: string, { env, nodeArgs = [], timeoutMs = 90_000, attempts = 3 }: ListeningOptions): Promise<ListeningProcess> {
  const port = await sparePort();
  const child = spawn(process.execPath, [...nodeArgs, main], { env: env(port), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const started = new Promise<'listening'>((resolve) => {
    child.on('message', (message: Partial<ListeningMessage>) => {
      if (message?.listening === port) resolve('listening');
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([started, exited.then(() => 'exited' as const), timedOut]);
  clearTimeout(timer);
  const spawned = { child, port, output: () => text, exited };
  if (outcome === 'listening') return spawned;
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${main} did not listen on port ${port} within ${timeoutMs} ms:\n${text}`);
  }
  if (attempts > 1 && text.includes('EADDRINUSE')) return startListening(main, { env, nodeArgs, timeoutMs, attempts: attempts - 1 });
  throw new Error(`${main} exited with code ${child.exitCode} (signal ${child.signalCode}) before it listened on port ${port}:\n${text}`);
}
