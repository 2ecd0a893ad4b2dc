import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(__dirname, '../../../..');

/** The validator as it runs in production: its own process, started from main.ts, stopped by signals. */
export interface ValidatorProcess {
  child: ChildProcess;
  /** Its log lines, parsed. */
  lines: Record<string, unknown>[];
  /** Resolves when it ends, with its exit code (null when a signal killed it). */
  exited: Promise<number | null>;
}

export function spawnValidator(env: Record<string, string>): ValidatorProcess {
  // tsx as a loader, not its CLI: the CLI relays SIGTERM and SIGKILLs a child that is slow to acknowledge it,
  // which is exactly the busy moment a graceful-shutdown test needs.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/validator/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      lines.push({ msg: line });
    }
  });
  // Start-up failures (bad config) go to stderr: keep them where a failing test shows them.
  createInterface({ input: child.stderr }).on('line', (line) => lines.push({ level: 'stderr', msg: line }));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, exited };
}
