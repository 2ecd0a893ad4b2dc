/**
 * Rules for the text of a pod template (a Deployment's or a CronJob's, includes expanded). Each returns one
 * line per broken rule; empty means the rule holds.
 */

const count = (text: string, pattern: RegExp) =>
  text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;

/** Non-root, no privilege escalation, read-only root filesystem and no capabilities, for every container. */
export function checkPodSecurity(text: string): string[] {
  const problems: string[] = [];
  const pods = count(text, /^\s*containers:\s*$/m);
  if (pods === 0) problems.push('no containers: found');
  if (count(text, /runAsNonRoot: true/) < pods) problems.push('a pod does not set runAsNonRoot: true');
  if (/runAsUser: 0\b/.test(text)) problems.push('a pod runs as uid 0');
  if (/privileged: true/.test(text)) problems.push('a container is privileged');
  const containers = count(text, /^\s*- name: .*\n\s*image:/m);
  for (const [rule, pattern] of [
    ['allowPrivilegeEscalation: false', /allowPrivilegeEscalation: false/],
    ['readOnlyRootFilesystem: true', /readOnlyRootFilesystem: true/],
    ['capabilities drop ALL', /drop:\s*\n\s*- ALL/],
  ] as const) {
    if (count(text, pattern) < containers) problems.push(`a container does not set ${rule}`);
  }
  return problems;
}

/** Liveness on /health/liveness and readiness on /health/readiness (docs/architecture.md, HTTP surface). */
export function checkProbes(text: string): string[] {
  return [
    ['livenessProbe', '/health/liveness'],
    ['readinessProbe', '/health/readiness'],
  ].flatMap(([probe, path]) => {
    const block = new RegExp(`${probe}:\\s*\\n\\s*httpGet:\\s*\\n\\s*path: (\\S+)`).exec(text);
    if (!block) return [`no ${probe} with an httpGet path`];
    return block[1] === path ? [] : [`${probe} calls ${block[1]}, not ${path}`];
  });
}

export interface EnvironmentExpectations {
  /** Value-delivered variables and the `.Values` path each must render. */
  values: Readonly<Record<string, string>>;
  /** Secret-delivered variables and their key under `.Values.secrets`. */
  secrets: Readonly<Record<string, string>>;
  /** Variables a chart must never set (the image's, and the emulators'). */
  forbidden: readonly string[];
}

/**
 * The container's environment is exactly its contract: every variable from the right values path or secret,
 * none twice, nothing else (an app refuses an unknown PTPU_* variable at start-up).
 */
export function checkEnvironment(text: string, expected: EnvironmentExpectations): string[] {
  const problems: string[] = [];
  const set = [...text.matchAll(/^\s*- name: ([A-Z][A-Z0-9_]*)\s*\n\s*value(?:From)?:/gm)].map((m) => m[1]);
  for (const name of new Set(set.filter((name, i) => set.indexOf(name) !== i)))
    problems.push(`${name} is set twice`);
  for (const [name, path] of Object.entries(expected.values)) {
    const from = new RegExp(`- name: ${name}\\s*\\n\\s*value: \\{\\{ \\.Values\\.${escape(path)}[ }]`);
    if (!from.test(text)) problems.push(`${name} is not set from .Values.${path}`);
  }
  for (const [name, key] of Object.entries(expected.secrets)) {
    const ref = `\\{\\{ \\.Values\\.secrets\\.${key}\\.name \\}\\}, key: \\{\\{ \\.Values\\.secrets\\.${key}\\.key \\}\\}`;
    const from = new RegExp(
      `- name: ${name}\\s*\\n\\s*valueFrom:\\s*\\n(\\s*#.*\\n)*\\s*secretKeyRef: \\{ name: ${ref}`,
    );
    if (!from.test(text)) problems.push(`${name} is not set from the secret in .Values.secrets.${key}`);
  }
  const known = new Set([...Object.keys(expected.values), ...Object.keys(expected.secrets)]);
  for (const name of new Set(set)) {
    if (expected.forbidden.includes(name)) problems.push(`${name} must not be set by the chart`);
    else if (!known.has(name)) problems.push(`${name} is not in the configuration contract`);
  }
  return problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
