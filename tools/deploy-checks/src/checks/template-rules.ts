/**
 * Rules for the text of a pod template (a Deployment's, includes expanded): how the template maps values to
 * variables, which the rendered objects cannot show. Each returns one line per broken rule; empty means the
 * rule holds. What the pods are (probes, security) is tested on Helm's output (rendered-charts.test.ts).
 */

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
