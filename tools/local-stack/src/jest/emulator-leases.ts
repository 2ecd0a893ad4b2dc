import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Jest runs that use the shared emulators, one file per run named after its process id. A run that started
 * the emulators stops them only once no other live run holds a lease, so `nx run-many -t test` without
 * `with-stack.ts` no longer lets the first project to finish pull the emulators from under the others.
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
