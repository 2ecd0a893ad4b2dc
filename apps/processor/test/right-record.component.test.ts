import type { MessageRow } from '@ptpu/domain';
import { eventually } from '@ptpu/local-stack';
import { PROCESSING_WAIT_MS, startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE, statusChangeOf } from './support/sample-events';

/** People of the sandbox's default world whose Delius records could lead a write to the wrong place. */
const BOOKINGS = {
  lookAlikeLinkedElsewhere: 1203510,
  secondHolderWriteNeeded: 1203725,
  secondHolderNoWriteNeeded: 1203940,
  olderCustodyHoldsBookNumber: 1204155,
  staleNomsLink: 1204370,
} as const;

/** Never write to the wrong person's record, never skip the right custody: end to end through the sandbox. */
describe('processor: status changes on the right Delius record', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'right-record' });
  });
  afterAll(() => stack.close());

  beforeEach(async () => {
    stack.sandbox.admin.loadWorld(stack.world);
    stack.sandbox.admin.clearRequests();
    await stack.domainEvents.drain();
  });

  /** Stores the booking's status change and waits for its first attempt to end. */
  async function attempted(bookingId: number, message = statusChangeOf(bookingId)): Promise<MessageRow> {
    const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', message);
    return eventually(async () => {
      const row = await stack.row(id);
      expect(row.processedDate !== undefined || row.retryCount > 0).toBe(true);
      return row;
    }, PROCESSING_WAIT_MS);
  }

  const writes = () => stack.deliusWrites().map((request) => `${request.method} ${request.path}`);

  it('when the one case passing the sentence-date rule holds another prisoner’s NOMS number, then it keeps it and nothing is written', async () => {
    const row = await attempted(BOOKINGS.lookAlikeLinkedElsewhere);

    expect(row).toMatchObject({
      status: 'NO_MATCH_WITH_SENTENCE_DATE',
      matchingCrns: 'X563201',
      retryCount: 1,
    });
    expect(writes()).toEqual([]);
    expect(stack.sandbox.admin.deliusState('X563201')?.otherIds.nomsNumber).toBe('G7781XT');
  });

  it('when the one case passing holds a number merged into the prisoner’s, then it is set by CRN and the update published with the previous number', async () => {
    const row = await attempted(1200835, SAMPLE_STATUS_CHANGE);

    expect(row).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(writes()[0]).toBe('PUT /secure/offenders/crn/X142620/nomsNumber');
    expect(stack.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    expect(await stack.domainEvents.drain()).toEqual([
      expect.objectContaining({
        eventType: 'probation-case.prison-identifier.updated',
        body: expect.objectContaining({
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        }),
      }),
    ]);
  });

  it('when another case holds the NOMS number and the matched case lacks it, then nothing is written and the row names both', async () => {
    const row = await attempted(BOOKINGS.secondHolderWriteNeeded);

    expect(row).toMatchObject({
      status: 'NOMS_NUMBER_HELD_ELSEWHERE',
      matchingCrns: 'X640011, X640099',
      retryCount: 1,
    });
    expect(writes()).toEqual([]);
    expect(stack.sandbox.admin.deliusState('X640011')?.otherIds.nomsNumber).toBeUndefined();
  });

  it('when the matched case already holds the NOMS number and so does another, then the holder is still looked up and nothing is written', async () => {
    const row = await attempted(BOOKINGS.secondHolderNoWriteNeeded);

    expect(row).toMatchObject({ status: 'NOMS_NUMBER_HELD_ELSEWHERE', matchingCrns: 'X650021' });
    expect(writes()).toEqual([]);
    expect(
      stack.sandbox.admin.requests({
        upstream: 'communityApi',
        method: 'GET',
        path: '/secure/offenders/nomsNumber/G3391WC/all',
      }),
    ).toHaveLength(1);
  });

  it('when an older custody holds the book number, then this sentence’s custody gets it, and the two holding it end BOOK_NUMBER_ON_TWO_CUSTODIES', async () => {
    const row = await attempted(BOOKINGS.olderCustodyHoldsBookNumber);

    expect(row).toMatchObject({ status: 'BOOK_NUMBER_ON_TWO_CUSTODIES', matchingCrns: 'X660031' });
    expect(new Date(row.deleteBy * 1000).toISOString()).toBe('2028-10-19T22:59:59.000Z');
    expect(writes()).toEqual([
      'PUT /secure/offenders/nomsNumber/G4406WD/custody/bookingNumber',
      'PUT /secure/offenders/nomsNumber/G4406WD/custody/bookingNumber/51844R',
    ]);
    const custodies = stack.sandbox.admin
      .deliusState('X660031')
      ?.convictions.map((conviction) => [conviction.sentence?.startDate, conviction.custody?.bookingNumber]);
    expect(custodies).toEqual([
      ['2024-03-11', '51844R'],
      ['2026-10-20', '51844R'],
    ]);
  });

  it('when a stale NOMS link hides the true case, then the search is asked again without the number, the row waits naming both, and once the link is cleared the true case is linked', async () => {
    const waiting = await attempted(BOOKINGS.staleNomsLink);

    expect(waiting).toMatchObject({
      status: 'NOMS_NUMBER_HELD_ELSEWHERE',
      matchingCrns: 'X670077, X670041',
    });
    expect(writes()).toEqual([]);
    const searches = stack.sandbox.admin.requests({ upstream: 'offenderSearch', path: '/match' });
    // The client sends an absent number as null, which offender-search reads as not supplied.
    expect(searches.map((request) => (request.body as { nomsNumber?: string | null }).nomsNumber)).toEqual([
      'G5517WE',
      null,
    ]);

    // The probation team clears the wrong link in Delius, then the booking is worked again.
    const cleared = await fetch(`${stack.sandbox.urls.admin}/delius/X670041/nomsNumber`, {
      method: 'DELETE',
    });
    expect(cleared.status).toBe(200);
    const linked = await attempted(BOOKINGS.staleNomsLink);

    expect(linked).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X670077' });
    expect(stack.sandbox.admin.deliusState('X670077')?.otherIds.nomsNumber).toBe('G5517WE');
    expect((await stack.row(waiting.id)).status).toBe('SUPERSEDED');
  });
});
