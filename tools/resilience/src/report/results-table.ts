import { failedChecks, type ScenarioResult } from '../checks/scenario-result';

const COLUMNS = [
  'scenario',
  'events',
  'accounted',
  'duplicate rows',
  'unannounced writes',
  'late writes',
  'time to recover',
  'result',
];

/** The run's table, one row per scenario; late writes say how many writes carried a claim to judge. */
export function resultsTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((result) => [
    result.scenario,
    String(result.accounting.events),
    String(result.accounting.accounted),
    String(result.accounting.duplicateRows),
    `${result.announcements.unannounced.length} of ${result.nomsWrites.length}`,
    `${result.late.length} of ${result.claimedWrites} claimed`,
    result.recoveredMs === undefined ? 'not recovered' : `${(result.recoveredMs / 1000).toFixed(1)} s`,
    failedChecks(result).length === 0 ? 'pass' : 'FAIL',
  ]);
  const widths = COLUMNS.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(COLUMNS), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** What a failed scenario got wrong, and what the table cannot show (repeats, claims logged), for every scenario. */
export function resultDetails(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const { byEnd } = result.accounting;
    lines.push(
      `${result.scenario}: ${byEnd.row} rows, ${byEnd.ignored} ignored, ${byEnd.deadLetter} dead-lettered; ` +
        `${result.deliusWrites} Delius writes from ${result.writeCallers.join(', ')} (${result.faultedWrites.total} faulted, ` +
        `${result.faultedWrites.applied} of them applied), ${result.claimsTaken} claims logged; domain events repeated ` +
        `${result.announcements.repeats}, without eventId ${result.announcements.withoutEventId}`,
    );
    for (const note of result.notes) lines.push(`  fault: ${note}`);
    for (const failed of failedChecks(result)) lines.push(`  FAILED: ${failed}`);
    for (const id of result.accounting.lost.slice(0, 5)) lines.push(`  lost: ${id}`);
    for (const write of result.announcements.unannounced.slice(0, 5))
      lines.push(
        `  unannounced: ${write.crn ?? '?'} <- ${write.nomsNumber} at ${write.receivedAt} by ${write.caller}`,
      );
    for (const late of result.late.slice(0, 5))
      lines.push(
        `  late: ${late.request.method} ${late.request.path} at ${late.request.receivedAt} under fence ` +
          `${late.claim.fence} of ${late.claim.claimId}; fence ${late.supersededBy.fence} taken ${late.supersededBy.takenAt}`,
      );
  }
  return lines.join('\n');
}
