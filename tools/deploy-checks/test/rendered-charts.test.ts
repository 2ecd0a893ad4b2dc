import { APPS, type AppName } from '../src/contract/app-environment';
import {
  APP_CHARTS,
  DEPLOYABLE_CHARTS,
  ENVIRONMENTS,
  appChart,
  type Environment,
} from '../src/charts/chart-layout';
import { renderCharts, TEST_DEPLOY, type Manifest, type Rendered } from '../src/helm/render-charts';
import {
  envValue,
  ingressPaths,
  ofKind,
  onlyOfKind,
  podSpecs,
  prefixMatches,
  servicePorts,
} from '../src/helm/manifest-views';

/**
 * The charts as a real Helm renders them with helm_deploy/README.md's own commands (dependency build, lint
 * --strict, then the install as `helm template`), for every app and environment. These tests read the objects
 * Kubernetes would receive, not the template text.
 */
let rendered: Rendered[] = [];
beforeAll(async () => {
  rendered = await renderCharts(DEPLOYABLE_CHARTS, ENVIRONMENTS);
}, 120_000);

const manifestsOf = (chart: string, env: Environment): Manifest[] => {
  const found = rendered.find((entry) => entry.chart === chart && entry.env === env);
  if (!found) throw new Error(`${chart} was not rendered for ${env}`);
  return found.manifests;
};

const namespaceOf = (env: Environment) => `prison-to-probation-update-${env}`;

/** Objects each app deploys: the shared ones, plus the validator's autoscaler and housekeeping, and the ingresses. */
const EXPECTED_KINDS: Record<AppName, string[]> = {
  validator: ['CronJob', 'HorizontalPodAutoscaler', 'Ingress'],
  processor: [],
  retrier: [],
  reports: ['Ingress'],
};
const SHARED_KINDS = [
  'Deployment',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'Service',
  'ServiceAccount',
  'ServiceMonitor',
];

/** Paths served on the public port that only in-cluster callers may use: no ingress may route them. */
const IN_CLUSTER_PATHS = ['/prometheus', '/admin', '/admin/retry-tier/short'];

const appDeployments = APPS.flatMap((app) => ENVIRONMENTS.map((env) => [app, env] as const));

describe('every chart, rendered by Helm', () => {
  it('when the README commands run for every chart and environment, then each renders', () => {
    expect(rendered.map((entry) => `${entry.chart}/${entry.env}`)).toEqual(
      DEPLOYABLE_CHARTS.flatMap((chart) => ENVIRONMENTS.map((env) => `${chart}/${env}`)),
    );
  });
});

describe.each(appDeployments)('the %s chart in %s, rendered', (app, env) => {
  const manifests = () => manifestsOf(appChart(app), env);
  const container = () => podSpecs(ofKind(manifests(), 'Deployment'))[0].containers[0];

  it('when its objects are listed, then they are the kinds the app needs and no more', () => {
    expect(
      manifests()
        .map((manifest) => manifest.kind)
        .sort(),
    ).toEqual([...SHARED_KINDS, ...EXPECTED_KINDS[app]].sort());
  });

  it('when its pod is read, then liveness and readiness call the app on its http port', () => {
    expect(container()).toMatchObject({
      // The crash-loop alert selects the apps' containers by this name.
      name: appChart(app),
      livenessProbe: { httpGet: { path: '/health/liveness', port: 'http' } },
      readinessProbe: { httpGet: { path: '/health/readiness', port: 'http' } },
    });
  });

  it('when every pod is read, then it runs as non-root, read-only, without privileges or capabilities', () => {
    const pods = podSpecs(manifests());

    expect(pods.length).toBe(app === 'validator' ? 2 : 1);
    for (const pod of pods) {
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      for (const { securityContext } of pod.containers) {
        expect(securityContext).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
      }
    }
  });

  it('when the http port is followed from Service to container, then it is the PORT the app listens on', () => {
    const http = servicePorts(onlyOfKind(manifests(), 'Service')).find((port) => port.name === 'http');
    const containerPort = container().ports?.find((port) => port.name === 'http')?.containerPort;

    expect(http?.targetPort).toBe('http');
    expect(String(containerPort)).toBe(envValue(container(), 'PORT'));
  });

  it('when Prometheus scrapes, then it reads /prometheus through the Service, inside the cluster', () => {
    const monitor = onlyOfKind(manifests(), 'ServiceMonitor');

    expect(monitor.spec).toMatchObject({ endpoints: [{ port: 'http', path: '/prometheus' }] });
  });

  it('when its ingress is read, then it carries the allow-list and the Cloud Platform annotations, and routes only public paths to http', () => {
    const ingresses = ofKind(manifests(), 'Ingress');
    expect(ingresses.length).toBe(EXPECTED_KINDS[app].includes('Ingress') ? 1 : 0);
    for (const ingress of ingresses) {
      expect(ingress.metadata.annotations).toEqual({
        'nginx.ingress.kubernetes.io/whitelist-source-range': Object.values(TEST_DEPLOY.allowlist).join(','),
        'external-dns.alpha.kubernetes.io/set-identifier': `${ingress.metadata.name}-${namespaceOf(env)}-green`,
        'external-dns.alpha.kubernetes.io/aws-weight': '100',
      });
      const paths = ingressPaths(ingress);
      expect(paths.length).toBeGreaterThan(0);
      for (const { backend, pathType } of paths) {
        expect({ pathType, backend }).toEqual({
          pathType: 'Prefix',
          backend: { service: { name: appChart(app), port: { name: 'http' } } },
        });
      }
      const routed = IN_CLUSTER_PATHS.filter((path) =>
        paths.some((entry) => prefixMatches(entry.path, path)),
      );
      expect(routed).toEqual([]);
    }
  });
});

describe.each(ENVIRONMENTS)('the validator housekeeping in %s, rendered', (env) => {
  const manifests = () => manifestsOf(appChart('validator'), env);

  it('when the CronJob calls retry-all-dlqs, then it reaches the management port, which no ingress routes', () => {
    const cronJob = podSpecs(ofKind(manifests(), 'CronJob'))[0].containers[0];
    const app = podSpecs(ofKind(manifests(), 'Deployment'))[0].containers[0];
    const management = servicePorts(onlyOfKind(manifests(), 'Service')).find((p) => p.name === 'management');
    const containerPort = app.ports?.find((port) => port.name === 'management')?.containerPort;

    expect(envValue(cronJob, 'RETRY_ALL_DLQS_URL')).toBe(
      `http://${appChart('validator')}:${management?.port}/queue-admin/retry-all-dlqs`,
    );
    expect(management?.targetPort).toBe('management');
    expect(String(containerPort)).toBe(envValue(app, 'PTPU_MANAGEMENT_PORT'));
    expect(envValue(app, 'PTPU_MANAGEMENT_PORT')).not.toBe(envValue(app, 'PORT'));
    const routedPorts = ingressPaths(onlyOfKind(manifests(), 'Ingress')).map((p) => p.backend.service.port);
    expect(routedPorts.every((port) => port.name === 'http')).toBe(true);
  });
});

describe('app charts without an ingress', () => {
  it.each(APP_CHARTS.filter((chart) => chart.endsWith('processor') || chart.endsWith('retrier')))(
    'when %s is rendered, then nothing outside the cluster reaches it',
    (chart) => {
      for (const env of ENVIRONMENTS) expect(ofKind(manifestsOf(chart, env), 'Ingress')).toEqual([]);
    },
  );
});

interface RenderedRule {
  alert: string;
  expr: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

describe.each(ENVIRONMENTS)('the monitoring chart in %s, rendered', (env) => {
  const rules = (): RenderedRule[] => {
    const rule = onlyOfKind(manifestsOf('ptpu-monitoring', env), 'PrometheusRule');
    return (rule.spec as { groups: { rules: RenderedRule[] }[] }).groups.flatMap((group) => group.rules);
  };
  const exprOf = (alert: string) => rules().find((rule) => rule.alert === alert)?.expr ?? '';
  const businessHours = env === 'prod' ? '' : ' and ON() (hour() >= 8 < 17) and ON() (day_of_week() > 0 < 6)';

  it('when its alerts are read, then every one is a finished PromQL expression, routed, with its run book', () => {
    for (const rule of rules()) {
      expect(rule.expr).not.toMatch(/\{\{|<no value>/);
      expect(rule.labels.severity).toBe('probation-integration-notifications');
      expect(rule.annotations.runbook_url).toMatch(new RegExp(`#${rule.alert.toLowerCase()}$`));
    }
  });

  it("when the dead-letter alert is read, then it watches this environment's two DLQs, each by name", () => {
    expect(exprOf('PrisonToProbationDeadLetterQueueMessages')).toBe(
      `max by (queue_name) (aws_sqs_approximate_number_of_messages_visible_maximum{queue_name=~"Digital-Prison-Services-${env}-ptpu_events_dl|Digital-Prison-Services-${env}-ptpu_probation_events_dl"} offset 5m) > 0${businessHours}`,
    );
  });

  it("when the oldest-message alert is read, then it watches this environment's two queues past 30 minutes", () => {
    expect(exprOf('PrisonToProbationOldestMessageAge')).toBe(
      `max by (queue_name) (aws_sqs_approximate_age_of_oldest_message_maximum{queue_name=~"Digital-Prison-Services-${env}-ptpu_events|Digital-Prison-Services-${env}-ptpu_probation_events"} offset 5m) > 1800${businessHours}`,
    );
  });

  it("when the validator and crash-loop alerts are read, then they select this namespace's deployment and containers", () => {
    const namespace = namespaceOf(env);

    expect(exprOf('PrisonToProbationNoRunningValidator')).toBe(
      `(sum(kube_deployment_status_replicas_available{namespace="${namespace}", deployment="ptpu-validator"}) or vector(0)) < 1${businessHours}`,
    );
    expect(exprOf('PrisonToProbationPodCrashLooping')).toBe(
      `max by (pod, container) (increase(kube_pod_container_status_restarts_total{namespace="${namespace}", container=~"ptpu-.*"}[15m])) >= 3${businessHours}`,
    );
  });
});
