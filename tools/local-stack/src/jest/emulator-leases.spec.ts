import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmulatorLeases } from './emulator-leases';

describe('EmulatorLeases', () => {
  let dir: string;
  let leases: EmulatorLeases;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ptpu-leases-'));
    leases = new EmulatorLeases(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when another live process holds a lease, then it is counted, and this process is not', () => {
    leases.take(process.pid);
    leases.take(process.ppid);

    expect(leases.othersAlive(process.pid)).toEqual([process.ppid]);
  });

  it('when a lease is released, then it no longer counts', () => {
    leases.take(process.ppid);
    leases.release(process.ppid);

    expect(leases.othersAlive(process.pid)).toEqual([]);
  });

  it('when a lease belongs to a process that died, then it does not count and is cleared away', () => {
    const dead = 2 ** 22 + 1; // above Linux's largest pid, so never a live process
    leases.take(dead);

    expect(leases.othersAlive(process.pid)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when no run has taken a lease yet, then there are none', () => {
    expect(new EmulatorLeases(path.join(dir, 'missing')).othersAlive()).toEqual([]);
  });
});
