import { releaseAndStop } from './emulator-leases';

/**
 * Stops only the emulators that this jest run's global setup started, and only once no other run that may be
 * using them (a parallel project, a bench) is still alive.
 */
export default async function globalTeardown(): Promise<void> {
  await releaseAndStop(globalThis.__ptpuEmulators);
}
