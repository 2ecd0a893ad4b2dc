import type { MessageRow } from '@ptpu/domain';
import { eventually } from '@ptpu/local-stack';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { statusChangeOf } from './support/sample-events';

/** People of the sandbox's default world whose status change cannot be finished yet (docs/architecture.md, Outcomes and statuses). */
const BOOKINGS = {
  noMatch: 1201778,
  noMatchWithSentenceDate: 1202213,
  tooManyMatches: 1201990,
  bookingNumberNotAssigned: 1203092,
  locationNotUpdated: 1201563,
  keyDatesNotUpdated: 1201347,
  upstreamFault: 1202871,
} as const;

/** Each status change tried once, as the processor's first attempt leaves it for the retrier. */
describe('processor: rows tried later', () => {
  let stack: ProcessorStack;
  const rows = new Map<keyof typeof BOOKINGS, MessageRow>();

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'try-later' });
    // Delius has G5402UT's custody at MDI, so the move to WII is written, and answered 404.
    const world = structuredClone(stack.world);
    const x660143 = world.deliusCases.find((deliusCase) => deliusCase.crn === 'X660143');
    for (const conviction of x660143?.convictions ?? [])
      if (conviction.custody) conviction.custody.institution = 'MDI';
    stack.sandbox.admin.loadWorld(world);
    stack.sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/secure/offenders/nomsNumber/G5402UT/custody/bookingNumber/44817D',
      status: 404,
    });
    stack.sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'POST',
      path: '/secure/offenders/nomsNumber/G6123VX/bookingNumber/43020C/custody/keyDates',
      status: 404,
    });
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: `/api/offender-sentences/booking/${BOOKINGS.upstreamFault}/sentenceTerms`,
      status: 500,
    });

    const ids = await Promise.all(
      Object.entries(BOOKINGS).map(async ([name, bookingId]) => {
        const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', statusChangeOf(bookingId));
        return [name, id] as const;
      }),
    );
    await eventually(async () => {
      for (const [name, id] of ids) {
        const row = await stack.row(id);
        expect(row.retryCount).toBe(1);
        rows.set(name as keyof typeof BOOKINGS, row);
      }
    }, 30_000);
  });
  afterAll(() => stack.close());

  it.each([
    ['noMatch', 'NO_MATCH', undefined],
    ['noMatchWithSentenceDate', 'NO_MATCH_WITH_SENTENCE_DATE', 'X802214'],
    ['tooManyMatches', 'TOO_MANY_MATCHES', 'X710022, X710389'],
    ['bookingNumberNotAssigned', 'BOOKING_NUMBER_NOT_ASSIGNED', 'X455091'],
    ['locationNotUpdated', 'LOCATION_NOT_UPDATED', 'X660143'],
    ['keyDatesNotUpdated', 'KEY_DATES_NOT_UPDATED', 'X501118'],
    ['upstreamFault', 'ERROR', undefined],
  ] as const)('%s: %s, retryCount 1, still pending, matchingCrns %s', (name, status, matchingCrns) => {
    const row = rows.get(name);
    expect(row).toMatchObject({ status, retryCount: 1 });
    expect(row?.processedDate).toBeUndefined();
    expect(row?.matchingCrns).toBe(matchingCrns);
  });

  it('keeps a row whose location or key dates failed until the end of its sentence expiry day', () => {
    expect(new Date((rows.get('locationNotUpdated')?.deleteBy ?? 0) * 1000).toISOString()).toBe(
      '2030-03-01T23:59:59.000Z',
    );
    expect(new Date((rows.get('keyDatesNotUpdated')?.deleteBy ?? 0) * 1000).toISOString()).toBe(
      '2027-11-30T23:59:59.000Z',
    );
  });

  it('moves every tried row out of the first-time queue into the short retry tier', async () => {
    const { repository } = stack;
    const due: MessageRow[] = [];
    for await (const page of repository.dueFirstTimeRows(new Date())) due.push(...page);
    const short: MessageRow[] = [];
    for await (const page of repository.pendingRowsOfTier('SHORT')) short.push(...page);

    expect(due).toEqual([]);
    expect(short.map((row) => row.bookingId).sort()).toEqual(Object.values(BOOKINGS).sort());
  });
});
