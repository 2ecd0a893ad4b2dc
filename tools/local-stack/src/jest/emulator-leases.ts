import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningEmulators } from '../emulators';

// Long enough for the slowest emulator-backed project or bench; a run that outlasts it (a watch session) loses them.
const MAX_WAIT_MS = 20 * 60_000;

/**
 * Runs that use the shared emulators (jest runs, and commands under `with-stack.ts` such as the benches), one
 * file per run named after its process id. A run that started the emulators stops them only once no other live
 * run holds a lease, so neither `nx run-many -t test` without `with-stack.ts` nor a test run beside a bench pulls
 * the emulators from under the others.
 */
export class EmulatorLeases {
  constructor(private readonly dir = path.join(tmpdir(), 'ptpu-emulator-leases')) {}

  /** Takes this process's lease; take it before looking for running emulators, so a starter sees it. */
  take(pid = process.pid): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(path.join(this.dir, String(pid)), '');
  }

  release(pid = process.pid): void {
    rmSync(path.join(this.dir, String(pid)), { force: true });
  }

  /** Process ids of the other runs still holding a lease; leases of processes that died are removed. */
  othersAlive(pid = process.pid): number[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const others = names.map(Number).filter((other) => Number.isInteger(other) && other !== pid);
    return others.filter((other) => {
      if (isAlive(other)) return true;
      this.release(other);
      return false;
    });
  }
}

/**
 * Gives up this process's lease and stops the emulators it started (if any) once no other run holds a lease.
 */
export async function releaseAndStop(emulators: RunningEmulators | undefined, leases = new EmulatorLeases()) {
  leases.release();
  if (!emulators?.started.length) return;
  const deadline = Date.now() + MAX_WAIT_MS;
  let told = false;
  for (let others = leases.othersAlive(); others.length > 0; others = leases.othersAlive()) {
    if (Date.now() > deadline) break;
    if (!told) console.log(`local-stack: keeping the emulators up for runs ${others.join(', ')}`);
    told = true;
    await sleep(500);
  }
  await emulators.stop();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
