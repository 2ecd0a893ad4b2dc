import { Cron } from 'croner';
import { parseDuration } from '@ptpu/domain';
import { ENVIRONMENTS, appChart } from '../src/charts/chart-layout';
import {
  chartFileExists,
  expandedDefine,
  expandedTemplate,
  mergedValuesFor,
} from '../src/charts/chart-files';
import { SECRET_VALUE_KEYS } from '../src/charts/secret-refs';
import { valuePathsOf } from '../src/charts/value-paths';
import { checkEnvironment } from '../src/checks/template-rules';
import { APPS, LOCAL_ONLY_VARIABLES, variablesOf } from '../src/contract/app-environment';
import { readText } from '../src/files/workspace-files';

const valueOf = (values: Record<string, unknown>, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);

describe.each(APPS)('the %s chart', (app) => {
  const chart = appChart(app);

  it('when its templates are expanded, then they deploy the shared resources through the library', () => {
    const resources = readText(`helm_deploy/${chart}/templates/app.yaml`);

    for (const name of [
      'serviceAccount',
      'deployment',
      'service',
      'podDisruptionBudget',
      'ingress',
      'serviceMonitor',
    ]) {
      expect(resources).toContain(`include "ptpu.${name}" .`);
    }
    expect(() => expandedTemplate(chart, 'app.yaml')).not.toThrow();
  });

  it('when its container environment is read, then it is exactly the configuration contract', () => {
    const values = Object.fromEntries(
      Object.entries(valuePathsOf(app)).map(([name, entry]) => [name, entry.path]),
    );
    const secrets = Object.fromEntries(
      variablesOf(app, 'secret').map((name) => [name, SECRET_VALUE_KEYS[name]]),
    );

    const problems = checkEnvironment(expandedDefine(chart, 'ptpu.deployment'), {
      values,
      secrets,
      forbidden: [...variablesOf(app, 'image'), ...LOCAL_ONLY_VARIABLES],
    });

    expect(problems).toEqual([]);
  });

  it.each(ENVIRONMENTS)(
    'when deployed to %s, then every duration and cron it passes is one the app accepts',
    (env) => {
      const values = mergedValuesFor(chart, env);
      const configured = Object.entries(valuePathsOf(app)).map(([name, entry]) => [
        name,
        valueOf(values, entry.path),
      ]);

      for (const [name, value] of configured) {
        if (/(DURATION|TIMEOUT|LEASE)$/.test(String(name)))
          expect(() => parseDuration(String(value))).not.toThrow();
        if (String(name).endsWith('_CRON')) {
          expect(() => new Cron(String(value), { mode: '6-part', paused: true })).not.toThrow();
        }
      }
    },
  );
});

describe('the validator chart', () => {
  it('when its autoscaler is read, then it scales the deployment on CPU', () => {
    const hpa = readText('helm_deploy/ptpu-validator/templates/hpa.yaml');

    expect(hpa).toContain('apiVersion: autoscaling/v2');
    expect(hpa).toMatch(
      /scaleTargetRef:\s*\n\s*apiVersion: apps\/v1\s*\n\s*kind: Deployment\s*\n\s*name: \{\{ include "ptpu.name" \. \}\}/,
    );
    expect(hpa).toMatch(/resource:\s*\n\s*name: cpu\s*\n\s*target:\s*\n\s*type: Utilization/);
  });

  it.each(ENVIRONMENTS)('when deployed to %s, then it autoscales instead of a fixed replica count', (env) => {
    const { autoscaling } = mergedValuesFor('ptpu-validator', env) as {
      autoscaling: Record<string, number | boolean>;
    };

    expect(autoscaling).toMatchObject({ enabled: true, minReplicas: expect.any(Number) });
    expect(autoscaling.maxReplicas as number).toBeGreaterThanOrEqual(autoscaling.minReplicas as number);
  });

  it('when its housekeeping CronJob is read, then it PUTs retry-all-dlqs every 10 minutes, one run at a time', () => {
    const cronJob = readText('helm_deploy/ptpu-validator/templates/housekeeping-cronjob.yaml');

    // Where it calls, and its pod's security, are tested on the rendered chart (rendered-charts.test.ts).
    expect(cronJob).toContain('concurrencyPolicy: Forbid');
    expect(cronJob).toContain("method: 'PUT'");
    for (const env of ENVIRONMENTS) {
      expect(mergedValuesFor('ptpu-validator', env)).toMatchObject({
        housekeeping: { enabled: true, schedule: '*/10 * * * *' },
      });
    }
  });
});

describe.each(['processor', 'retrier'] as const)('the %s chart', (app) => {
  it.each(ENVIRONMENTS)('when deployed to %s, then it runs two replicas', (env) => {
    expect(mergedValuesFor(appChart(app), env)).toMatchObject({ replicaCount: 2 });
  });

  it('when its install notes are read, then they say one replica works at a time through the locks', () => {
    expect(chartFileExists(appChart(app), 'templates/NOTES.txt')).toBe(true);
    const notes = readText(`helm_deploy/${appChart(app)}/templates/NOTES.txt`);

    expect(notes).toMatch(/lock/);
    expect(notes).toMatch(/standby|one of them/);
  });
});

describe('the original service settings', () => {
  it.each([
    ['dev', '1m', 1000],
    ['preprod', '60m', 10000],
    ['prod', '60m', 10000],
  ] as const)(
    'when the processor is deployed to %s, then it holds back %s and pauses %d ms',
    (env, holdBack, delay) => {
      expect(mergedValuesFor('ptpu-processor', env)).toMatchObject({
        config: { holdBack, processorDelayMs: delay },
      });
    },
  );

  it.each(ENVIRONMENTS)(
    'when the retrier is deployed to %s, then it keeps the three original crons',
    (env) => {
      expect(mergedValuesFor('ptpu-retrier', env)).toMatchObject({
        config: {
          retryShortCron: '0 0 * * * *',
          retryMediumCron: '0 15 */4 * * *',
          retryLongCron: '0 30 23 * * *',
        },
      });
    },
  );
});
