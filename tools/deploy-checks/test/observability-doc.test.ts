import { OBSERVABILITY_DOC, firstColumnNames, sectionOf } from '../src/docs/markdown';
import { readText } from '../src/files/workspace-files';
import {
  AWAITED_METRICS,
  CLOUDWATCH_METRICS,
  KUBE_STATE_METRICS,
  metricNamesDefinedInCode,
} from '../src/metrics/metric-names';
import { telemetryEventNamesInCode } from '../src/telemetry/event-names';

/** docs/observability.md lists, in one table per section, exactly the events and metrics the code has. */
const doc = readText(OBSERVABILITY_DOC);
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('observability doc (docs/observability.md)', () => {
  it.each([
    ['Telemetry events', () => telemetryEventNamesInCode()],
    ['Metrics', () => [...metricNamesDefinedInCode(), ...AWAITED_METRICS]],
    ['CloudWatch series', () => CLOUDWATCH_METRICS],
    ['Cluster series', () => KUBE_STATE_METRICS],
  ])('when the "%s" table is read, then it names every one the code has and no other', (heading, inCode) => {
    const listed = firstColumnNames(sectionOf(doc, heading));

    expect(sorted(listed)).toEqual(sorted(inCode()));
    expect(listed).toHaveLength(new Set(listed).size);
  });
});
