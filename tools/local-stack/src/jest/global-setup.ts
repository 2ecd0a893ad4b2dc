import { ensureEmulators, type RunningEmulators } from '../emulators';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../endpoints';
import { EmulatorLeases } from './emulator-leases';

declare global {
  var __ptpuEmulators: RunningEmulators | undefined;
}

/** Reuses running emulators (npm start, npm test's wrapper, another jest run) or starts them for this run. */
export default async function globalSetup(): Promise<void> {
  new EmulatorLeases().take();
  globalThis.__ptpuEmulators = await ensureEmulators();
  process.env.AWS_REGION = LOCAL_REGION;
  process.env.AWS_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_CREDENTIALS.secretAccessKey;
}
