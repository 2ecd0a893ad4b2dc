import { readText } from '../files/workspace-files';
import { HELM_DIR, MONITORING_CHART, type Environment } from '../charts/chart-layout';

const README = `${HELM_DIR}/README.md`;

/** What the tests pass for each `<...>` placeholder of the README's commands. */
export interface PlaceholderValues {
  imageTag: string;
  roleArn: string;
  /** A values file holding `ingress.allowlist`. */
  allowlistFile: string;
}

/**
 * The helm commands of helm_deploy/README.md ("Values and deploying") for one chart and environment, as
 * argument lists, with `$env`, `$app`, `$build` and the `<...>` placeholders filled in. The tests run exactly
 * these, so the README cannot drift from what works. A placeholder the tests do not know is an error.
 */
export function readmeHelmCommands(chart: string, env: Environment, values: PlaceholderValues): string[][] {
  const block = /## Values and deploying[\s\S]*?```bash\n([\s\S]*?)```/.exec(readText(README))?.[1];
  if (!block) throw new Error(`${README}: no bash block under "Values and deploying"`);
  const placeholders: Record<string, string> = {
    'image tag pushed by CI': values.imageTag,
    "the app's IRSA role ARN": values.roleArn,
    'allow-list values: ingress.allowlist, validator and reports only': values.allowlistFile,
  };
  const app = chart.replace(/^ptpu-/, '');
  const commands = block
    .replace(/\s+#.*$/gm, '')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.startsWith('helm '))
    .map((line) =>
      line
        .replace(/<([^>]+)>/g, (_, name: string) => {
          if (!(name in placeholders)) throw new Error(`${README}: unknown placeholder <${name}>`);
          return placeholders[name];
        })
        .replace(/\$build\b/g, values.imageTag)
        .replace(/\$env\b/g, env)
        .split(/\s+/)
        .filter(Boolean)
        .slice(1),
    );
  // The app commands are written for `$app`; the monitoring chart has its own line.
  const forChart = commands.filter((args) =>
    chart === MONITORING_CHART
      ? args.includes(`${HELM_DIR}/${MONITORING_CHART}`)
      : args.some((arg) => arg === `${HELM_DIR}/ptpu-$app`),
  );
  if (forChart.length === 0) throw new Error(`${README}: no helm command for ${chart}`);
  return forChart.map((args) => args.map((arg) => arg.replace(/\$app\b/g, app)));
}
