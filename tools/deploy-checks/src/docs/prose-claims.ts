import { readFileSync } from 'node:fs';
import path from 'node:path';
import { productionSourceFiles, WORKSPACE_ROOT } from '../files/workspace-files';

/**
 * What the prose of a document names in backticks, sorted by what it claims to be. A reader takes a backticked
 * name as the code's own spelling, to search the logs, the metrics or the environment for; a name the code
 * does not have sends them after nothing.
 */
export interface ProseClaims {
  /** `P2P...`: a telemetry event. */
  telemetryEvents: string[];
  /** `ptpu_...`: a Prometheus series. */
  metrics: string[];
  /** `UPPER_SNAKE`: a variable, status, role, code or reason the code spells so. */
  constants: string[];
  /** A lower-case phrase in a sentence about logs (`claim taken`): a message the code logs. */
  logMessages: string[];
}

const LOGS = /\blog(s|ged|ging)?\b|\blog lines?\b/i;

export function proseClaimsOf(markdown: string): ProseClaims {
  const claims: ProseClaims = { telemetryEvents: [], metrics: [], constants: [], logMessages: [] };
  // Sentences (and table cells), so a phrase is read as a log message only beside the word "log".
  for (const sentence of withoutCodeBlocks(markdown).split(/(?<=[.;:])\s+|\n\s*\n|\|/)) {
    for (const [, name] of sentence.matchAll(/`([^`\n]+)`/g)) {
      if (/^P2P[A-Za-z]+$/.test(name)) claims.telemetryEvents.push(name);
      else if (/^ptpu_[A-Za-z0-9_]+$/.test(name)) claims.metrics.push(name);
      else if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(name)) claims.constants.push(name);
      else if (/^[a-z][a-z,:'-]*( [a-z,:'-]+)+$/.test(name) && LOGS.test(sentence))
        claims.logMessages.push(name);
    }
  }
  return claims;
}

function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '');
}

/** The messages the production code logs: the string literals passed to a logger's level methods. */
export function loggedMessagesInCode(): Set<string> {
  const messages = new Set<string>();
  for (const file of productionSourceFiles(['apps', 'libs', 'tools'])) {
    const text = readFileSync(file, 'utf8');
    for (const [, args] of text.matchAll(/\.(?:fatal|error|warn|info|debug|trace)\(([^;]*?)\);/gs)) {
      for (const [, quoted, templated] of args.matchAll(/'([^'\n]+)'|`([^`\n]+)`/g))
        messages.add(quoted ?? templated);
    }
  }
  return messages;
}

/**
 * Whether `message` is one of the `logged` messages: spelt the same, or spelt as a template literal whose
 * `${...}` parts stand for any text (libs/queues logs `${name} consumer started` for the name an app gives).
 */
export function isLoggedMessage(message: string, logged: ReadonlySet<string>): boolean {
  if (logged.has(message)) return true;
  return [...logged].some(
    (line) =>
      line.includes('${') &&
      new RegExp(
        `^${line
          .split(/\$\{[^}]*\}/)
          .map(escapeRegExp)
          .join('.+')}$`,
      ).test(message),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every production source the repository ships (code, charts, Dockerfile, compose), as one text to search. */
export function shippedSourceText(): string {
  const files = [
    ...productionSourceFiles(['apps', 'libs', 'tools']),
    ...['Dockerfile', 'docker-compose.yml', 'package.json'].map((file) => path.join(WORKSPACE_ROOT, file)),
    ...productionSourceFiles(['helm_deploy'], /\.(ya?ml|tpl|json)$/),
  ];
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}
