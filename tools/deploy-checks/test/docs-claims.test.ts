import { globSync } from 'node:fs';
import { metricNamesDefinedInCode, isKnownSeries } from '../src/metrics/metric-names';
import {
  isLoggedMessage,
  loggedMessagesInCode,
  proseClaimsOf,
  shippedSourceText,
} from '../src/docs/prose-claims';
import { readText, WORKSPACE_ROOT } from '../src/files/workspace-files';
import { telemetryEventNamesInCode } from '../src/telemetry/event-names';

/**
 * The documents' prose against the code: every log message, metric, telemetry event and variable (or other
 * constant) a document names in backticks is one the code has. A renamed log line or a dropped variable fails
 * here, not at night in front of an operator.
 */
const DOCUMENTS = globSync(['README.md', 'docs/*.md', '*/*/README.md', 'helm_deploy/README.md'], {
  cwd: WORKSPACE_ROOT,
}).filter((file) => !file.includes('node_modules'));

const claims = DOCUMENTS.map((file) => ({ file, ...proseClaimsOf(readText(file)) }));
const unknown = (pick: (claim: (typeof claims)[number]) => string[], known: (name: string) => boolean) =>
  claims.flatMap((claim) =>
    pick(claim)
      .filter((name) => !known(name))
      .map((name) => `${claim.file}: ${name}`),
  );

describe('the documents name only what the code has', () => {
  it('reads the documents it should', () => {
    expect(DOCUMENTS).toEqual(
      expect.arrayContaining(['README.md', 'docs/runbook.md', 'apps/processor/README.md']),
    );
    expect(claims.flatMap((claim) => claim.logMessages)).toContain('claim taken');
  });

  type Kind = Exclude<keyof (typeof claims)[number], 'file'>;
  const KINDS: [string, Kind, () => (name: string) => boolean][] = [
    [
      'telemetry event named is one the code emits',
      'telemetryEvents',
      () => {
        const events = telemetryEventNamesInCode();
        return (name) => events.has(name);
      },
    ],
    [
      'metric named is one the code exports (a histogram by any of its series)',
      'metrics',
      () => {
        const metrics = metricNamesDefinedInCode();
        return (name) => isKnownSeries(name, metrics) || metrics.has(name.replace(/_total$/, ''));
      },
    ],
    [
      'variable, status, role or code named in capitals is spelt so in the code or the charts',
      'constants',
      () => {
        const source = shippedSourceText();
        return (name) => source.includes(name);
      },
    ],
    [
      'log line named is a message the code logs',
      'logMessages',
      () => {
        const logged = loggedMessagesInCode();
        return (name) => isLoggedMessage(name, logged);
      },
    ],
  ];

  it.each(KINDS)('every %s', (_, kind, knownIn) => {
    const known = knownIn();
    expect(unknown((claim) => claim[kind], known)).toEqual([]);
  });
});
