import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { bookNumberOf, type TestPerson } from './test-world';

/** A status change of `person` that has been tried twice and found no match: pending in the short tier. */
export function pendingRowOf(person: TestPerson, overrides: Partial<MessageRow> = {}): MessageRow {
  return buildMessageRow({
    id: `row-${person.bookingId}`,
    bookingId: person.bookingId,
    offenderNo: person.offenderNo,
    bookingNo: bookNumberOf(person),
    createdDate: '2026-01-14T09:00:00.000Z',
    retryCount: 2,
    status: 'NO_MATCH',
    ...overrides,
  });
}

/** A result a dry run left for `person`: done, with the NOMS number write it withheld. */
export function dryRunRowOf(
  person: TestPerson & { crn: string },
  overrides: Partial<MessageRow> = {},
): MessageRow {
  return pendingRowOf(person, {
    id: `row-${person.bookingId}-dry-run`,
    createdDate: '2026-01-13T09:00:00.000Z',
    retryCount: 0,
    status: 'DRY_RUN',
    processedDate: '2026-01-13T10:00:00.000Z',
    intendedWrites: JSON.stringify([
      { write: 'setNomsNumber', crn: person.crn, nomsNumber: person.offenderNo },
    ]),
    ...overrides,
  });
}
