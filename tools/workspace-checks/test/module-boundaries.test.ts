import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The layering of docs/architecture.md (Layout and dependency rules) is only real if lint refuses code that
 * breaks it. Each case lints a small source text as if it were a file at `filePath`, with the workspace's own
 * configuration.
 */
const root = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

/** Runs the real ESLint CLI (as `npm run lint` does) on `code` read from stdin as if it were `filePath`. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = path.join(root, 'node_modules/.bin/eslint');
  const pending = run(eslint, ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  pending.child.stdin?.end(code);
  // Exit code 1 means lint errors, which most cases expect; anything without a JSON report is a real failure.
  const { stdout } = await pending.catch((error: { stdout?: string }) => {
    if (error.stdout) return { stdout: error.stdout };
    throw error;
  });
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it.each([
    [
      '@aws-sdk/client-dynamodb',
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const c = DynamoDBClient;",
    ],
    ['koa', "import Koa from 'koa';\nexport const k = Koa;"],
    ['openapi-fetch', "import createClient from 'openapi-fetch';\nexport const c = createClient;"],
    ['prom-client', "import { Counter } from 'prom-client';\nexport const c = Counter;"],
    ['msw', "import { http } from 'msw';\nexport const h = http;"],
  ])('when the domain imports %s, then lint fails', async (pkg, code) => {
    const messages = await lintAs('libs/domain/src/boundary-fixture.ts', code);
    expect(messages.join('\n')).toMatch(new RegExp(`enforce-module-boundaries.*${pkg.replace('/', '\\/')}`));
  });

  it('when the domain reads process.env or Date.now, then lint fails', async () => {
    const messages = await lintAs(
      'libs/domain/src/boundary-fixture.ts',
      'export const a = process.env.X;\nexport const b = Date.now();\n',
    );
    expect(messages).toEqual([
      expect.stringMatching(/no-restricted-properties.*process\.env/),
      expect.stringMatching(/no-restricted-properties.*Date\.now/),
    ]);
  });

  it('when a lib imports an app, then lint fails', async () => {
    const messages = await lintAs(
      'libs/store/src/boundary-fixture.ts',
      "import * as app from '../../../apps/validator/src/main';\nexport const a = app;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('when the deploy checks import an app’s config schema, then lint passes; anything else of the app fails', async () => {
    const config =
      "import { reportsConfigSchema } from '@ptpu/reports/config';\nexport const s = reportsConfigSchema;\n";
    const main = "import * as app from '../../../../apps/reports/src/app';\nexport const a = app;\n";

    expect(await lintAs('tools/deploy-checks/src/contract/boundary-fixture.ts', config)).toEqual([]);
    expect((await lintAs('tools/deploy-checks/src/contract/boundary-fixture.ts', main)).join('\n')).toMatch(
      /enforce-module-boundaries/,
    );
  });

  it('when a lib or another tool imports an app’s config schema, then lint fails', async () => {
    const code =
      "import { reportsConfigSchema } from '@ptpu/reports/config';\nexport const s = reportsConfigSchema;\n";
    for (const file of ['libs/platform/src/boundary-fixture.ts', 'tools/publisher/boundary-fixture.ts']) {
      expect((await lintAs(file, code)).join('\n')).toMatch(/enforce-module-boundaries/);
    }
  });

  it('when an adapter imports another adapter, then lint fails', async () => {
    const messages = await lintAs(
      'libs/store/src/boundary-fixture.ts',
      "import * as clients from '@ptpu/clients';\nexport const c = clients;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries.*type:domain/);
  });

  it('when the AWS boundary imports an adapter or the platform, then lint fails; an adapter may use it', async () => {
    for (const lib of ['@ptpu/store', '@ptpu/platform']) {
      const messages = await lintAs(
        'libs/aws/src/boundary-fixture.ts',
        `import * as lib from '${lib}';\nexport const l = lib;\n`,
      );
      expect(messages.join('\n')).toMatch(/enforce-module-boundaries.*type:domain/);
    }
    const fromAdapter = await lintAs(
      'libs/domain-topic/src/boundary-fixture.ts',
      "import { atBoundary } from '@ptpu/aws';\nexport const a = atBoundary;\n",
    );
    expect(fromAdapter).toEqual([]);
  });

  it.each(['@ptpu/booking-runner', '@ptpu/queues'])(
    'when an adapter or the platform imports the shared wiring (%s), then lint fails',
    async (lib) => {
      const code = `import * as wiring from '${lib}';\nexport const w = wiring;\n`;
      for (const file of ['libs/store/src/boundary-fixture.ts', 'libs/platform/src/boundary-fixture.ts']) {
        expect((await lintAs(file, code)).join('\n')).toMatch(/enforce-module-boundaries/);
      }
    },
  );

  it('when the shared wiring imports a tool, then lint fails', async () => {
    const messages = await lintAs(
      'libs/booking-runner/src/boundary-fixture.ts',
      "import * as stack from '@ptpu/local-stack';\nexport const s = stack;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('when the shared wiring imports adapters and the platform, then lint passes', async () => {
    const messages = await lintAs(
      'libs/booking-runner/src/boundary-fixture.ts',
      "import { DynamoLocks } from '@ptpu/store';\nimport { upstreamClientsFromConfig } from '@ptpu/clients';\n" +
        "import { createTelemetry } from '@ptpu/platform';\nexport const x = [DynamoLocks, upstreamClientsFromConfig, createTelemetry];\n",
    );
    expect(messages).toEqual([]);
  });

  it('when production code imports test fixtures or the sandbox, then lint fails', async () => {
    const messages = await lintAs(
      'apps/validator/src/boundary-fixture.ts',
      "import * as t from '@ptpu/domain/testing';\nimport * as s from '@ptpu/sandbox';\nexport const x = [t, s];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
  });

  it('when the domain imports only itself and the standard library, then lint passes', async () => {
    const messages = await lintAs(
      'libs/domain/src/boundary-fixture.ts',
      "import { parseDuration } from './time/duration';\nexport const d = parseDuration('1m');\n",
    );
    expect(messages).toEqual([]);
  });
});
