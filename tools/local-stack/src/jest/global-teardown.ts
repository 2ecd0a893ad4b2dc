/** Stops only the emulators that this jest run's global setup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ptpuEmulators?.stop();
}
