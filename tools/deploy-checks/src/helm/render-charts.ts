import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { WORKSPACE_ROOT } from '../files/workspace-files';
import { HELM_DIR, type Environment } from '../charts/chart-layout';
import { helmBinary } from './helm-binary';
import { readmeHelmCommands, type PlaceholderValues } from './readme-commands';

const run = promisify(execFile);

/** One Kubernetes object as `helm template` printed it. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

export interface Rendered {
  chart: string;
  env: Environment;
  manifests: Manifest[];
}

/** What the tests deploy with: a made-up build, role and allow-list (TEST-NET-1, a documentation range). */
export const TEST_DEPLOY = {
  imageTag: 'build-1234',
  roleArn: 'arn:aws:iam::123456789012:role/ptpu-test',
  allowlist: { office: '192.0.2.0/24' },
} as const;

/** Flags of an install that carry values: what `helm lint` needs to see the same values. */
const VALUE_FLAGS = new Set(['-f', '--values', '--set', '--set-string']);

/**
 * Runs helm_deploy/README.md's commands for every chart and environment with the real Helm, in a copy of
 * helm_deploy (so `helm dependency build` leaves the work tree alone): the dependency build, `helm lint
 * --strict` with the same values, and the install turned into `helm template` with every flag kept. Returns
 * the rendered objects; any Helm error (schema, `fail`, bad YAML) rejects with Helm's message.
 */
export async function renderCharts(
  charts: readonly string[],
  envs: readonly Environment[],
): Promise<Rendered[]> {
  const helm = await helmBinary();
  const work = mkdtempSync(path.join(tmpdir(), 'ptpu-helm-'));
  try {
    cpSync(path.join(WORKSPACE_ROOT, HELM_DIR), path.join(work, HELM_DIR), {
      recursive: true,
      filter: (source) => !/[/\\](charts|Chart\.lock)$/.test(source),
    });
    const allowlistFile = path.join(work, 'allowlist.yaml');
    writeFileSync(allowlistFile, JSON.stringify({ ingress: { allowlist: TEST_DEPLOY.allowlist } }));
    const placeholders: PlaceholderValues = { ...TEST_DEPLOY, allowlistFile };
    const helmIn = async (args: string[]) => {
      const env = { ...process.env, HELM_CACHE_HOME: work, HELM_CONFIG_HOME: work, HELM_DATA_HOME: work };
      try {
        return (await run(helm, args, { cwd: work, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`helm ${args.join(' ')}\n${stdout ?? ''}${stderr ?? ''}`);
      }
    };
    const results: Rendered[] = [];
    for (const chart of charts) {
      for (const [i, env] of envs.entries()) {
        for (const args of readmeHelmCommands(chart, env, placeholders)) {
          if (args[0] === 'dependency') {
            if (i === 0) await helmIn(args);
            continue;
          }
          if (args[0] !== 'upgrade' || args[1] !== '--install')
            throw new Error(`unexpected README command: helm ${args.join(' ')}`);
          const [release, chartPath, ...flags] = args.slice(2);
          await helmIn(['lint', chartPath, ...valueFlagsOf(flags), '--strict']);
          const manifests = parseManifests(await helmIn(['template', release, chartPath, ...flags]));
          results.push({ chart, env, manifests });
        }
      }
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function valueFlagsOf(flags: string[]): string[] {
  return flags.flatMap((flag, i) => (VALUE_FLAGS.has(flag) ? [flag, flags[i + 1]] : []));
}

function parseManifests(output: string): Manifest[] {
  return parseAllDocuments(output).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(document.errors.map((e) => e.message).join('; '));
    const object = document.toJS() as Manifest | null;
    return object ? [object] : [];
  });
}
