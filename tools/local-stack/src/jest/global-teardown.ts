import { setTimeout as sleep } from 'node:timers/promises';
import { EmulatorLeases } from './emulator-leases';

// Long enough for the slowest emulator-backed project; a run that outlasts it (a watch session) loses them.
const MAX_WAIT_MS = 20 * 60_000;

/**
 * Stops only the emulators that this jest run's global setup started, and only once no other jest run that
 * may be using them (a parallel project) is still alive.
 */
export default async function globalTeardown(): Promise<void> {
  const leases = new EmulatorLeases();
  leases.release();
  const emulators = globalThis.__ptpuEmulators;
  if (!emulators?.started.length) return;
  const deadline = Date.now() + MAX_WAIT_MS;
  let told = false;
  for (let others = leases.othersAlive(); others.length > 0; others = leases.othersAlive()) {
    if (Date.now() > deadline) break;
    if (!told) console.log(`local-stack: keeping the emulators up for jest runs ${others.join(', ')}`);
    told = true;
    await sleep(500);
  }
  await emulators.stop();
}
