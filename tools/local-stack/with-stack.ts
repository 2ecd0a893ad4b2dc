/**
 * `npm test` runs the whole test command inside this wrapper: it starts the emulators once (or reuses a running
 * `npm start`), so parallel jest projects share them instead of racing to start their own, and stops what it
 * started when the command ends, whatever the outcome.
 */
import { spawn } from 'node:child_process';
import { ensureEmulators } from './src/emulators';
import { EmulatorLeases, releaseAndStop } from './src/jest/emulator-leases';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: tsx tools/local-stack/with-stack.ts <command> [args...]');
  // The lease keeps emulators that a jest run elsewhere started up until this command is done with them.
  new EmulatorLeases().take();
  const emulators = await ensureEmulators();
  if (emulators.started.length)
    console.log(`local-stack: started ${emulators.started.join(', ')} for this run`);
  try {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    return await new Promise<number>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
    );
  } finally {
    await releaseAndStop(emulators);
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`local-stack: ${error.message}`);
    process.exit(1);
  },
);
