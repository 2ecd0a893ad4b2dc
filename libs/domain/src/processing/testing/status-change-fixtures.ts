import { SystemError } from '../../errors/system-error';
import { custodyKeyDatesFor } from '../../key-dates/custody-key-dates';
import { buildCandidateOffender, buildCustody } from '../../testing/build-delius-values';
import { buildMessageRow } from '../../testing/build-message-row';
import { buildSentenceDetail } from '../../testing/build-prison-values';
import { ok } from '../../upstream/upstream-result';
import type { processingKit } from './processing-kit';

/** A stored status change for the sample booking 1200835. */
export const statusChange = (imprisonmentStatusSeq = 0) =>
  buildMessageRow({
    id: 'status-1',
    message: JSON.stringify({
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      bookingId: 1200835,
      imprisonmentStatusSeq,
    }),
  });

export const upstreamDown = () =>
  new SystemError('503 from upstream', { code: 'UPSTREAM.UNAVAILABLE', retryable: true });

/** Delius after a completed first run: the case holds the NOMS number, the custody the book number, MDI, dates. */
export function alreadyInStep(kit: ReturnType<typeof processingKit>): void {
  kit.offenderSearch.result = {
    matchedBy: 'ALL_SUPPLIED',
    matches: [
      {
        offender: buildCandidateOffender({
          crn: 'X142620',
          nomsNumber: 'A5089DY',
          pncNumber: undefined,
          croNumber: undefined,
        }),
      },
    ],
  };
  kit.communityApi.nomsNumbers.set('X142620', 'A5089DY');
  kit.communityApi.custodyHoldingBookNumber = ok(
    buildCustody({ keyDates: custodyKeyDatesFor(buildSentenceDetail()) }),
  );
}
