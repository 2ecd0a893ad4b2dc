import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';

/** A port on 127.0.0.1 free a moment ago, for a process about to listen on it (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Polls `probe` until it resolves true, or fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs} ms`);
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface StartProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Discard the output. */
  quiet?: boolean;
  /** Rewrites each whole line of output (both streams) before it is printed; by default `[name] line`. */
  formatLine?: (line: string) => string;
}

/**
 * Starts a child process whose output goes to this process's output a whole line at a time, with a name prefix
 * or as `formatLine` rewrites it (or nowhere), and that is stopped with SIGTERM, then SIGKILL after a grace period.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: StartProcessOptions = {},
): ManagedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.quiet ? 'ignore' : ['ignore', 'pipe', 'pipe'],
  });
  if (!options.quiet) {
    const format = options.formatLine ?? ((line: string) => `[${name}] ${line}`);
    const forward = (from: NodeJS.ReadableStream | null, to: NodeJS.WritableStream) => {
      if (!from) return;
      createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
        if (line) to.write(format(line) + '\n');
      });
    };
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
