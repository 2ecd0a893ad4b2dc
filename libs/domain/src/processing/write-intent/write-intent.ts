import { SystemError } from '../../errors/system-error';
import type { HmppsDomainEvent } from '../../ports/domain-events.port';

/**
 * A Delius write that raises domain events, recorded on the row (`writeIntent`) under the claim before the
 * write is sent (docs/architecture.md, Processing a booking). Once Delius is known to hold what the write
 * meant, `events` are owed; until then the intent is the row's reminder that a write may have happened
 * without its events being announced. `crn` is the case the write concerns.
 */
export type WriteIntent =
  | {
      write: 'setNomsNumber';
      crn: string;
      nomsNumber: string;
      events: HmppsDomainEvent[];
      /** ISO instant the intent was first recorded; bounds how long its row is kept for it. */
      recordedAt: string;
    }
  | {
      write: 'replaceNomsNumber';
      crn: string;
      oldNomsNumber: string;
      newNomsNumber: string;
      events: HmppsDomainEvent[];
      recordedAt: string;
    };

export function serialiseWriteIntent(intent: WriteIntent): string {
  return JSON.stringify(intent);
}

/** The intent a row holds. This service wrote it, so anything unreadable is a fault to look at, not to drop. */
export function parseWriteIntent(rowId: string, writeIntent: string): WriteIntent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(writeIntent);
  } catch (err) {
    throw invalid(rowId, err);
  }
  if (!isWriteIntentShaped(parsed)) throw invalid(rowId);
  return parsed;
}

function isWriteIntentShaped(value: unknown): value is WriteIntent {
  if (typeof value !== 'object' || value === null) return false;
  const intent = value as Record<string, unknown>;
  const strings = (...keys: string[]) => keys.every((key) => typeof intent[key] === 'string');
  if (!strings('crn', 'recordedAt') || !Array.isArray(intent.events)) return false;
  // Its row's retention is counted from it, so it must be a time.
  if (Number.isNaN(Date.parse(intent.recordedAt as string))) return false;
  if (intent.write === 'setNomsNumber') return strings('nomsNumber');
  if (intent.write === 'replaceNomsNumber') return strings('oldNomsNumber', 'newNomsNumber');
  return false;
}

function invalid(rowId: string, cause?: unknown): SystemError {
  return new SystemError(`row ${rowId} has a writeIntent this service could not have written`, {
    code: 'PROCESSING.WRITE_INTENT_INVALID',
    retryable: false,
    cause,
    details: { rowId },
  });
}
