import type { Manifest } from './render-charts';

/** Typed views of the parts of rendered objects the chart tests read. */
export interface Container {
  name: string;
  ports?: { name: string; containerPort: number }[];
  env?: { name: string; value?: string }[];
  securityContext?: Record<string, unknown>;
  livenessProbe?: { httpGet?: { path: string; port: string } };
  readinessProbe?: { httpGet?: { path: string; port: string } };
}

export interface PodSpec {
  securityContext?: Record<string, unknown>;
  containers: Container[];
}

export interface ServicePort {
  name: string;
  port: number;
  targetPort: string;
}

export interface IngressPath {
  path: string;
  pathType: string;
  backend: { service: { name: string; port: { name?: string; number?: number } } };
}

export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((manifest) => manifest.kind === kind);
}

export function onlyOfKind(manifests: readonly Manifest[], kind: string): Manifest {
  const found = ofKind(manifests, kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0];
}

/** The pod specs of Deployments and CronJobs. */
export function podSpecs(manifests: readonly Manifest[]): PodSpec[] {
  return manifests.flatMap((manifest) => {
    type Template = { template: { spec: PodSpec } };
    if (manifest.kind === 'Deployment') return [(manifest.spec as Template).template.spec];
    if (manifest.kind === 'CronJob')
      return [(manifest.spec as { jobTemplate: { spec: Template } }).jobTemplate.spec.template.spec];
    return [];
  });
}

export function servicePorts(service: Manifest): ServicePort[] {
  return (service.spec as { ports: ServicePort[] }).ports;
}

export function ingressPaths(ingress: Manifest): IngressPath[] {
  const rules = (ingress.spec as { rules: { http: { paths: IngressPath[] } }[] }).rules;
  return rules.flatMap((rule) => rule.http.paths);
}

export function envValue(container: Container, name: string): string | undefined {
  return container.env?.find((variable) => variable.name === name)?.value;
}

/**
 * Whether a Kubernetes `Prefix` ingress path matches a request path: element by element, so `/report` matches
 * `/report` and `/report/x` but not `/reports`.
 */
export function prefixMatches(prefix: string, requestPath: string): boolean {
  const elements = (path: string) => path.split('/').filter(Boolean);
  const want = elements(prefix);
  const have = elements(requestPath);
  return want.length <= have.length && want.every((element, i) => have[i] === element);
}
