import path from 'node:path';
import { build } from 'esbuild';

export const WORKSPACE = path.resolve(__dirname, '../../../..');
export const FLEET_APPS = ['validator', 'processor', 'retrier'] as const;
export type FleetApp = (typeof FLEET_APPS)[number];

/**
 * Bundles the apps once per run, as tools/build-app.ts does for npm start and the image (our code in one file,
 * npm packages external), into dist/resilience so every process of the fleet starts from the same build and a
 * build elsewhere cannot change it mid-run.
 */
export async function buildApps(): Promise<Record<FleetApp, string>> {
  const outdir = path.join(WORKSPACE, 'dist/resilience');
  await build({
    entryPoints: Object.fromEntries(
      FLEET_APPS.map((app) => [`${app}/main`, path.join(WORKSPACE, `apps/${app}/src/main.ts`)]),
    ),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(WORKSPACE, 'tsconfig.base.json'),
    sourcemap: true,
    logLevel: 'warning',
  });
  return Object.fromEntries(FLEET_APPS.map((app) => [app, path.join(outdir, app, 'main.js')])) as Record<
    FleetApp,
    string
  >;
}
