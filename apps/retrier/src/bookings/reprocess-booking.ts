import {
  workBooking,
  type BookingClaims,
  type BookingResult,
  type BookingWorkDeps,
} from '@ptpu/booking-runner';
import { everyKeptRow, type MessageRow } from '@ptpu/domain';
import type { HeldLock } from '@ptpu/store';
import { includingRows } from './including-rows';

/** Dry-run results as `DynamoDryRunRows` reads and reopens them. */
interface DryRunRows {
  ofBooking(bookingId: number): Promise<MessageRow[]>;
  reopen(claim: HeldLock, row: MessageRow): Promise<MessageRow>;
}

export interface ReprocessDeps extends Omit<BookingWorkDeps, 'claims'> {
  /** Claims under a new owner: two requests for one booking must not both think they hold it. */
  newClaims(): BookingClaims;
  dryRunRows: DryRunRows;
}

/**
 * What an operator's reprocess did: the booking's result, which rows it attempted (every kept row, unlike the
 * processor and the tiers, which take only their own), and which of its dry-run rows were reopened first.
 */
export type ReprocessResult = BookingResult & { attempted: 'every-kept-row'; reopenedDryRunRows: string[] };

/**
 * An operator's "work this booking now" (POST /admin/reprocess-booking): under the booking's claim, rows a dry
 * run finished (`DRY_RUN`) are made pending again, then every kept row of the booking is worked for real,
 * whatever `PRISONTOPROBATION_DRY_RUN` says. The request itself is the operator's decision to write to Delius;
 * each write still compares first, so rows already in step write nothing.
 */
export async function reprocessBooking(bookingId: number, deps: ReprocessDeps): Promise<ReprocessResult> {
  const reopened: MessageRow[] = [];
  const result = await workBooking(
    bookingId,
    everyKeptRow,
    { ...deps, claims: deps.newClaims() },
    async (claim, processing) => {
      for (const row of await deps.dryRunRows.ofBooking(bookingId))
        reopened.push(await deps.dryRunRows.reopen(claim, row));
      return {
        ...processing,
        work: includingRows(processing.work, reopened),
        settings: { ...processing.settings, dryRun: false },
      };
    },
  );
  return { ...result, attempted: 'every-kept-row', reopenedDryRunRows: reopened.map((row) => row.id) };
}
