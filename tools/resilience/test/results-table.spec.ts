import { failedChecks, type ScenarioResult } from '../src/checks/scenario-result';
import { resultsTable } from '../src/report/results-table';

const passing: ScenarioResult = {
  scenario: 'kill-9',
  accounting: {
    events: 90,
    accounted: 90,
    lost: [],
    duplicateRows: 0,
    byEnd: { row: 86, ignored: 3, deadLetter: 1 },
  },
  nomsWrites: [],
  announcements: { unannounced: [], repeats: 0, withoutEventId: 0 },
  late: [],
  claimedWrites: 240,
  deliusWrites: 240,
  writeCallers: ['processor-1', 'processor-2'],
  faultedWrites: { total: 0, applied: 0 },
  claimsTaken: 120,
  recoveredMs: 4_012,
  pendingRows: 0,
  notes: [],
};

describe('scenario verdicts and the table', () => {
  it('passes a scenario with every event accounted for, nothing duplicated, unannounced or late, and recovered', () => {
    expect(failedChecks(passing)).toEqual([]);
  });

  it.each<[string, Partial<ScenarioResult>]>([
    ['lost events (1)', { accounting: { ...passing.accounting, accounted: 89, lost: ['m1'] } }],
    ['duplicate rows (2)', { accounting: { ...passing.accounting, duplicateRows: 2 } }],
    [
      'unannounced writes (1)',
      {
        announcements: {
          unannounced: [{ crn: 'X1', nomsNumber: 'A1', receivedAt: '', caller: null }],
          repeats: 0,
          withoutEventId: 0,
        },
      },
    ],
    ['late writes (1)', { late: [{} as ScenarioResult['late'][number]] }],
    ['not recovered (3 rows still pending)', { recoveredMs: undefined, pendingRows: 3 }],
  ])('fails %s', (check, change) => {
    expect(failedChecks({ ...passing, ...change })).toEqual([check]);
  });

  it('prints one row per scenario with the counts, the time to recover and the verdict', () => {
    const table = resultsTable([passing, { ...passing, scenario: 'token-down', recoveredMs: undefined }]);
    const lines = table.split('\n');

    expect(lines[0]).toMatch(
      /^\| scenario +\| events \| accounted \| duplicate rows \| unannounced writes \| late writes +\| time to recover \| result \|$/,
    );
    expect(lines[2]).toMatch(
      /^\| kill-9 +\| 90 +\| 90 +\| 0 +\| 0 of 0 +\| 0 of 240 claimed \| 4\.0 s +\| pass +\|$/,
    );
    expect(lines[3]).toMatch(/\| not recovered +\| FAIL +\|$/);
  });
});
