import type { World } from './world.schema';

/** A problem the schema cannot see because it spans several records. */
export interface ConsistencyIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what makes the world one world: identifiers are unique where the real systems key on them, and
 * references point at something. Duplicate NOMS numbers across Delius cases are allowed on purpose: Delius
 * has them, and they are what makes a NOMS number replacement answer 409.
 */
export function findConsistencyIssues(world: World): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const agencies = new Map(world.agencies.map((agency) => [agency.agencyId, agency]));

  reportDuplicates(world.agencies, (agency) => agency.agencyId, ['agencies'], 'agencyId', issues);
  reportDuplicates(world.prisoners, (prisoner) => prisoner.offenderNo, ['prisoners'], 'offenderNo', issues);
  const bookings = world.prisoners.flatMap((prisoner, p) =>
    prisoner.bookings.map((booking, b) => ({ booking, path: ['prisoners', p, 'bookings', b] })),
  );
  reportDuplicatesAt(bookings, ({ booking }) => String(booking.bookingId), 'bookingId', issues);
  reportDuplicatesAt(bookings, ({ booking }) => booking.bookingNo, 'bookingNo', issues);

  for (const { booking, path } of bookings) {
    reportDuplicates(
      booking.movements,
      (m) => String(m.sequence),
      [...path, 'movements'],
      'sequence',
      issues,
    );
    reportDuplicates(
      booking.sentenceTerms,
      (term) => `${term.sentenceSequence}/${term.termSequence}`,
      [...path, 'sentenceTerms'],
      'sentenceSequence/termSequence',
      issues,
    );
    const sentences = new Set(booking.sentenceTerms.map((term) => term.sentenceSequence));
    booking.sentenceTerms.forEach((term, t) => {
      if (term.consecutiveTo !== undefined && !sentences.has(term.consecutiveTo)) {
        issues.push({
          path: [...path, 'sentenceTerms', t, 'consecutiveTo'],
          message: `no sentence ${term.consecutiveTo} on this booking`,
        });
      }
    });
  }

  reportDuplicates(world.deliusCases, (c) => c.crn, ['deliusCases'], 'crn', issues);
  const convictions = world.deliusCases.flatMap((deliusCase, c) =>
    deliusCase.convictions.map((conviction, v) => ({
      conviction,
      path: ['deliusCases', c, 'convictions', v],
    })),
  );
  reportDuplicatesAt(
    convictions,
    ({ conviction }) => String(conviction.convictionId),
    'convictionId',
    issues,
  );
  world.deliusCases.forEach((deliusCase, c) =>
    reportDuplicates(
      deliusCase.convictions,
      (v) => v.index,
      ['deliusCases', c, 'convictions'],
      'index',
      issues,
    ),
  );
  for (const { conviction, path } of convictions) {
    const institution = conviction.custody?.institution;
    if (institution !== undefined && agencies.get(institution)?.delius === undefined) {
      issues.push({
        path: [...path, 'custody', 'institution'],
        message: `"${institution}" is not an agency with a Delius institution`,
      });
    }
  }
  return issues;
}

function reportDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: (string | number)[],
  field: string,
  issues: ConsistencyIssue[],
): void {
  reportDuplicatesAt(
    items.map((item, i) => ({ item, path: [...path, i] })),
    ({ item }) => keyOf(item),
    field,
    issues,
  );
}

function reportDuplicatesAt<T extends { path: (string | number)[] }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  field: string,
  issues: ConsistencyIssue[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) issues.push({ path: [...item.path, field], message: `duplicate ${field} ${key}` });
    seen.add(key);
  }
}
