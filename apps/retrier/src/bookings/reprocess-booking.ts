import {
  workBooking,
  type BookingClaims,
  type BookingResult,
  type BookingWorkDeps,
} from '@ptpu/booking-runner';
import { everyKeptRow, type MessageRow } from '@ptpu/domain';
import type { HeldLock } from '@ptpu/store';
import { includingRows } from './including-rows';
import { NO_DOMAIN_EVENTS, NO_METRICS, NO_TELEMETRY, previewOnly } from './preview-only';

export interface ReprocessDeps extends Omit<BookingWorkDeps, 'claims'> {
  /** Claims under a new owner: two requests for one booking must not both think they hold it. */
  newClaims(): BookingClaims;
  dryRunRows: {
    ofBooking(bookingId: number): Promise<MessageRow[]>;
    reopen(claim: HeldLock, row: MessageRow): Promise<MessageRow>;
  };
}

/** Whether a reprocess may write to Delius, or only reads and decides and answers with the writes it would make. */
export type ReprocessMode = 'dry-run' | 'write';

/** Every kept row is attempted, unlike the processor and the tiers, which take only their own. */
export type ReprocessResult = BookingResult & {
  attempted: 'every-kept-row';
  mode: ReprocessMode;
  reopenedDryRunRows: string[];
};

/**
 * An operator's "work this booking now" (POST /admin/reprocess-booking): every kept row of the booking is
 * worked under its claim, in `mode` (default the service's own). Writing is the operator's decision to apply
 * what a dry run only planned, so in `write` mode the rows a dry run finished (`DRY_RUN`) are first made
 * pending again and worked with the rest; each write still compares first, so rows already in step write
 * nothing. A `dry-run` reprocess is a preview that changes nothing anywhere: no Delius write, domain event,
 * metric or telemetry event, and no row ended or marked (the tiers go on retrying them).
 */
export async function reprocessBooking(
  bookingId: number,
  deps: ReprocessDeps,
  mode: ReprocessMode = deps.processing.settings.dryRun ? 'dry-run' : 'write',
): Promise<ReprocessResult> {
  const reopened: MessageRow[] = [];
  const preview = mode === 'dry-run';
  const result = await workBooking(
    bookingId,
    everyKeptRow,
    { ...deps, claims: deps.newClaims(), ...(preview && { metrics: NO_METRICS }) },
    async (claim, processing) => {
      if (preview) {
        return {
          ...processing,
          work: previewOnly(processing.work),
          domainEvents: NO_DOMAIN_EVENTS,
          telemetry: NO_TELEMETRY,
          settings: { ...processing.settings, dryRun: true },
        };
      }
      for (const row of await deps.dryRunRows.ofBooking(bookingId))
        reopened.push(await deps.dryRunRows.reopen(claim, row));
      return {
        ...processing,
        work: includingRows(processing.work, reopened),
        settings: { ...processing.settings, dryRun: false },
      };
    },
  );
  return { ...result, attempted: 'every-kept-row', mode, reopenedDryRunRows: reopened.map((row) => row.id) };
}
