/**
 * Builds one app into dist/apps/<app>/main.js: our own code (apps and libs) bundled into one file,
 * npm dependencies left as imports so the image installs them with `npm ci --omit=dev`.
 */
import path from 'node:path';
import { build } from 'esbuild';

async function main(): Promise<void> {
  const app = process.argv[2];
  if (!app) throw new Error('usage: tsx tools/build-app.ts <app>');
  const root = path.resolve(__dirname, '..');
  await build({
    entryPoints: [path.join(root, `apps/${app}/src/main.ts`)],
    outfile: path.join(root, `dist/apps/${app}/main.js`),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    sourcemap: true,
    logLevel: 'warning',
  });
  console.log(`built dist/apps/${app}/main.js`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
