import type { EnvironmentContract } from '../contract/app-environment';

export interface ComposeExpectations {
  /** Each app (compose service of the same name) and its port. */
  appPorts: Readonly<Record<string, number>>;
  /** Each app's configuration contract. */
  contracts: Readonly<Record<string, EnvironmentContract>>;
  /** The emulator-only variables an app in compose must set (endpoints, dummy keys, provisioning). */
  localVariables: readonly string[];
  /** The services the apps need (emulators, sandbox); each must report its health. */
  supportServices: readonly string[];
}

type Service = {
  build?: { target?: string; args?: Record<string, unknown> };
  ports?: unknown[];
  environment?: Record<string, unknown> | string[];
  healthcheck?: { test?: unknown; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  container_name?: string;
};

/** Secrets have no defaults, and a URL's default (127.0.0.1) is the app's own container under compose. */
const mustBeSet = (name: string, delivery: string) =>
  (delivery === 'secret' && name !== 'APPLICATIONINSIGHTS_CONNECTION_STRING') || name.endsWith('_URL');

/**
 * The compose rules: the supporting services and the four apps, each app on its own port with the
 * environment of its contract, built as the deployable image (so it has the image's health check), healthy
 * dependencies before the apps start, and nothing depending on an app, so `--scale <app>=0` leaves the rest
 * running. Returns one line per broken rule.
 */
export function checkCompose(compose: unknown, expected: ComposeExpectations): string[] {
  const services = ((compose as { services?: Record<string, Service> })?.services ?? {}) as Record<
    string,
    Service
  >;
  const apps = Object.keys(expected.appPorts);
  const problems: string[] = [];
  for (const name of [...expected.supportServices, ...apps]) {
    if (!services[name]) problems.push(`service ${name} is missing`);
  }
  for (const name of expected.supportServices.filter((s) => services[s])) {
    if (!services[name].healthcheck?.test) problems.push(`service ${name} has no healthcheck`);
  }
  for (const app of apps.filter((a) => services[a])) {
    problems.push(...appProblems(app, services[app], expected));
  }
  for (const [name, service] of Object.entries(services)) {
    for (const dependency of dependenciesOf(service)) {
      if (apps.includes(dependency))
        problems.push(`service ${name} depends on app ${dependency}, so it cannot be scaled to 0`);
    }
  }
  return problems;
}

function appProblems(app: string, service: Service, expected: ComposeExpectations): string[] {
  const port = expected.appPorts[app];
  const contract = expected.contracts[app];
  const env = environmentOf(service);
  const problems: string[] = [];

  if (service.build?.target !== 'app' || service.build.args?.APP !== app) {
    problems.push(`${app} is not built as the deployable image (target app, APP=${app})`);
  }
  if (service.healthcheck?.disable) problems.push(`${app} disables the image's health check`);
  if (service.container_name) problems.push(`${app} has a container_name, which --scale cannot use`);
  if (!(service.ports ?? []).map(String).includes(`${port}:${port}`))
    problems.push(`${app} does not publish ${port}:${port}`);
  if (env.PORT !== String(port)) problems.push(`${app} does not set PORT=${port}`);

  const required = [
    ...expected.localVariables,
    ...Object.entries(contract)
      .filter(([name, delivery]) => mustBeSet(name, delivery))
      .map(([name]) => name),
  ];
  for (const name of required.filter((n) => !(n in env))) problems.push(`${app} does not set ${name}`);
  for (const name of Object.keys(env).filter(
    (n) => !(n in contract) && !expected.localVariables.includes(n),
  )) {
    problems.push(`${app} sets ${name}, which is not in its configuration contract`);
  }
  for (const dependency of expected.supportServices) {
    const condition = Array.isArray(service.depends_on)
      ? undefined
      : service.depends_on?.[dependency]?.condition;
    if (condition !== 'service_healthy')
      problems.push(`${app} does not wait for ${dependency} to be healthy`);
  }
  return problems;
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => {
        const [name, ...value] = String(line).split('=');
        return [name, value.join('=')];
      })
    : Object.entries(env).map(([name, value]) => [name, String(value)]);
  return Object.fromEntries(entries);
}

function dependenciesOf(service: Service): string[] {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn) ? dependsOn : Object.keys(dependsOn);
}
