import type { Accounting } from './accounting';
import type { Announcements } from './announced-writes';
import type { AppliedNomsWrite } from './delius-writes';
import type { LateWrite } from './late-writes';

export interface ScenarioResult {
  scenario: string;
  accounting: Accounting;
  /** Applied NOMS-number writes, all of which must be announced. */
  nomsWrites: AppliedNomsWrite[];
  announcements: Announcements;
  late: LateWrite[];
  /** Delius writes that carried an `x-ptpu-claim` header, i.e. could be judged late or not. */
  claimedWrites: number;
  deliusWrites: number;
  /** Delius writes an injected fault decided, and how many of those the sandbox still applied. */
  faultedWrites: { total: number; applied: number };
  /** The distinct `x-ptpu-caller` values on those writes: one per pod when the apps report their pod names. */
  writeCallers: string[];
  claimsTaken: number;
  /** From the end of the faults until every event was accounted for and no row was pending; undefined: never. */
  recoveredMs: number | undefined;
  pendingRows: number;
  /** With every channel: probation events still on the probation queue or its DLQ once settled. */
  probationEventsLeft?: number;
  /** With every channel: NOMS-number writes applied more than once for the same case and number. */
  repeatedNomsWrites?: number;
  notes: string[];
}

/** The checks a scenario failed, by name; empty when it passed. */
export function failedChecks(result: ScenarioResult): string[] {
  const failed: string[] = [];
  if (result.accounting.lost.length > 0) failed.push(`lost events (${result.accounting.lost.length})`);
  if (result.accounting.duplicateRows > 0) failed.push(`duplicate rows (${result.accounting.duplicateRows})`);
  if (result.announcements.unannounced.length > 0)
    failed.push(`unannounced writes (${result.announcements.unannounced.length})`);
  if (result.late.length > 0) failed.push(`late writes (${result.late.length})`);
  if (result.probationEventsLeft) failed.push(`probation events not handled (${result.probationEventsLeft})`);
  if (result.repeatedNomsWrites) failed.push(`NOMS writes repeated (${result.repeatedNomsWrites})`);
  if (result.recoveredMs === undefined)
    failed.push(`not recovered (${result.pendingRows} rows still pending)`);
  return failed;
}
