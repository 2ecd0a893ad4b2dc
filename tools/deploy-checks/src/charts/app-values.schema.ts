import type { AppName } from '../contract/app-environment';
import { COMMON_CHART } from './chart-layout';
import {
  PATTERNS,
  dictionary,
  flag,
  integer,
  list,
  object,
  oneOf,
  text,
  type JsonSchema,
} from './json-schema-builders';
import { secretValueKeysOf } from './secret-refs';
import { VALUE_PATHS, valuePathsOf, type ValuePath } from './value-paths';

/** Sections the environment's shared values file sets for every app chart (helm_deploy/values-<env>.yaml). */
const SHARED_SECTIONS = ['upstreams', 'auth'];

/** Value paths that may be left out (the template falls back to a documented default). */
const OPTIONAL_PATHS = ['auth.issuer'];

const image = object('The app image (one per app, built from the repository Dockerfile)', {
  repository: text('Image repository without tag', '^\\S+$'),
  tag: text('Image tag to deploy; set at deploy time (--set-string image.tag=<build>)'),
  pullPolicy: oneOf('Image pull policy', ['IfNotPresent', 'Always']),
});

const resources = object(
  'Container resources. No CPU limit: throttling a Node event loop stalls lock renewals',
  {
    requests: object('Requests', {
      cpu: text('CPU request', PATTERNS.cpu),
      memory: text('Memory request', PATTERNS.memory),
    }),
    limits: object('Limits', { memory: text('Memory limit', PATTERNS.memory) }),
  },
);

const serviceAccount = object('Kubernetes service account, bound to an IAM role (IRSA) for AWS access', {
  create: flag('Create the service account here (false: use one the platform created)'),
  name: text('Service account name', PATTERNS.kubernetesName),
  roleArn: text('IAM role for IRSA; required when create is true', PATTERNS.roleArn),
});

const ingress = object('External access to the http port, for the path prefixes listed', {
  enabled: flag('Expose the app outside the cluster'),
  host: text('Public host name (from the environment values)', `(${PATTERNS.hostname})|^$`),
  className: text('Ingress class', PATTERNS.kubernetesName),
  tlsSecretName: text(
    'TLS certificate secret (from the environment values)',
    `(${PATTERNS.kubernetesName})|^$`,
  ),
  paths: list('Path prefixes routed to this app', text('Path prefix', PATTERNS.urlPath)),
  allowlist: dictionary(
    'Source ranges allowed in, by name; required when enabled',
    text('CIDR', PATTERNS.cidr),
  ),
  annotations: dictionary(
    "Annotations of the Ingress; each environment sets Cloud Platform's external-dns set-identifier and aws-weight",
    text('Annotation value'),
  ),
});

const serviceMonitor = object('Prometheus scraping of /prometheus', {
  enabled: flag('Create the ServiceMonitor'),
  interval: text('Scrape interval', PATTERNS.scrapeInterval),
});

const secretRef = object('A key of a Kubernetes secret in the namespace', {
  name: text('Secret name', PATTERNS.kubernetesName),
  key: text('Key in the secret', PATTERNS.secretKey),
});

const autoscaling = object('HorizontalPodAutoscaler on CPU', {
  enabled: flag('Scale on CPU instead of replicaCount'),
  minReplicas: integer('Fewest pods', 1, 20),
  maxReplicas: integer('Most pods', 1, 20),
  targetCPUUtilizationPercentage: integer(
    'Average CPU, as a percentage of the request, to scale at',
    10,
    100,
  ),
});

const housekeeping = object('CronJob that redrives every DLQ (PUT /queue-admin/retry-all-dlqs)', {
  enabled: flag('Create the CronJob'),
  schedule: text('Kubernetes cron schedule', PATTERNS.cron5),
});

/**
 * Helm hands every dependency its own key of the parent's values (`ptpu-common: { global: {} }`) before it
 * validates them, so the closed top level must admit the library chart's key, which takes no values itself.
 */
const libraryChartValues = object(
  'Set by Helm for the library chart; it takes no values',
  {
    global: { type: 'object', description: "Helm's global values" },
  },
  ['global'],
);

/** The values.schema.json of one app's chart, built from the configuration contract. */
export function appValuesSchema(app: AppName): JsonSchema {
  const configured: Record<string, ValuePath> = { ...sharedValuePaths(), ...valuePathsOf(app) };
  const properties: Record<string, JsonSchema> = {
    image,
    replicaCount: integer('Pods when autoscaling is off', 1, 20),
    resources,
    serviceAccount,
    ingress,
    serviceMonitor,
    secrets: object(
      'Kubernetes secrets holding credentials and the AWS resource names',
      Object.fromEntries(secretValueKeysOf(app).map((key) => [key, secretRef])),
    ),
    ...nestedSchemas(configured),
    ...(app === 'validator' ? { autoscaling, housekeeping } : {}),
    [COMMON_CHART]: libraryChartValues,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `ptpu-${app} values`,
    // The library's key is Helm's to add: the values files leave it out.
    ...object(`Values of the ${app} chart`, properties, [COMMON_CHART]),
  };
}

function sharedValuePaths(): Record<string, ValuePath> {
  return Object.fromEntries(
    Object.entries(VALUE_PATHS).filter(([, entry]) => SHARED_SECTIONS.includes(entry.path.split('.')[0])),
  );
}

/** Turns dotted value paths into nested closed objects: `config.holdBack` -> config: { holdBack }. */
function nestedSchemas(paths: Record<string, ValuePath>): Record<string, JsonSchema> {
  const tree: Record<string, Record<string, JsonSchema> | JsonSchema> = {};
  for (const { path, schema } of Object.values(paths)) {
    const [section, leaf, ...rest] = path.split('.');
    if (rest.length > 0) throw new Error(`value paths are at most two deep: ${path}`);
    if (leaf === undefined) {
      tree[section] = schema;
    } else {
      tree[section] = { ...(tree[section] as Record<string, JsonSchema> | undefined), [leaf]: schema };
    }
  }
  return Object.fromEntries(
    Object.entries(tree).map(([section, value]) => {
      const isLeaf = Object.values(paths).some((entry) => entry.path === section);
      if (isLeaf) return [section, value];
      const children = value as Record<string, JsonSchema>;
      const optional = Object.keys(children).filter((leaf) => OPTIONAL_PATHS.includes(`${section}.${leaf}`));
      return [section, object(`${section} settings`, children, optional)];
    }),
  );
}
