import { PublishCommand } from '@aws-sdk/client-sns';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { REJECT_REASON_ATTRIBUTE } from '@ptpu/queues';
import { claimIdFor } from '@ptpu/store';
import { eventually } from '@ptpu/local-stack';
import { pendingRowOf } from '../support/reprocess-rows';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld, type TestPerson } from '../support/test-world';

/*
 * The probation event queue: Delius saying a case changed works at once, under its claim, every booking whose
 * waiting row watches that case or belongs to the prisoner whose NOMS number the case holds.
 */

const people = {
  /** Delius holds an old sentence of theirs (outside the 7 days) now; this sentence is recorded later. */
  sentencedLater: { bookingId: 6501, offenderNo: 'A6501PE', crn: 'X650101', sentenceStartDate: '2026-01-05' },
  /** Their case holds their NOMS number; their row waits for no case in particular. */
  heldByTheirCase: {
    bookingId: 6502,
    offenderNo: 'A6502PE',
    crn: 'X650102',
    sentenceStartDate: '2026-01-05',
  },
  /** Their case holds their NOMS number, and another worker holds their booking when Delius says so. */
  heldElsewhere: { bookingId: 6504, offenderNo: 'A6504PE', crn: 'X650104', sentenceStartDate: '2026-01-05' },
  /** Waits on nobody's case. */
  bystander: { bookingId: 6503, offenderNo: 'A6503PE', sentenceStartDate: '2026-01-05' },
} satisfies Record<string, TestPerson>;

function worldWithALateSentence() {
  const world = testWorld(Object.values(people));
  const late = world.deliusCases?.find((deliusCase) => deliusCase.crn === people.sentencedLater.crn);
  if (!late?.convictions) throw new Error('the test world lost its case');
  const [current] = late.convictions;
  late.convictions = [
    {
      ...current,
      convictionId: 9_650_101,
      sentence: { description: 'CJA - Std Determinate Custody', startDate: '2024-03-01' },
    },
    { ...current, index: '2', appearsAfter: '1000d' },
  ];
  return world;
}

let retrier: RetrierUnderTest;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: worldWithALateSentence(),
    startAt: '2026-01-15T10:00:00.000Z',
    env: { PRISONTOPROBATION_DRY_RUN: 'false', PTPU_ERROR_VISIBILITY: '1s', LOG_LEVEL: 'info' },
    logLevel: 'info',
  });
});
afterAll(() => retrier?.stop());

async function publishProbationEvent(eventType: string, body: Record<string, unknown>): Promise<void> {
  await retrier.aws.sns.send(
    new PublishCommand({
      TopicArn: retrier.probation.probationEventsTopicArn,
      Message: JSON.stringify({ offenderId: 1, sourceId: 2, eventDatetime: '2026-01-15T10:05:00Z', ...body }),
      MessageAttributes: { eventType: { DataType: 'String', StringValue: eventType } },
    }),
  );
}

const outcomeLogged = (crn: string) =>
  eventually(() => {
    const line = retrier.logs.find((entry) => entry.crn === crn && typeof entry.reason === 'string');
    if (!line) throw new Error(`no outcome logged for ${crn} yet`);
    return line;
  }, 20_000);

describe('probation events', () => {
  it('when Delius records the sentence a waiting row needed and says so, then the booking is linked at once, not at its tier', async () => {
    await retrier.store(pendingRowOf(people.sentencedLater, { retryCount: 1 }));
    await retrier.retrier.runTier('SHORT', 'operator');
    const waiting = await retrier.row(`row-${people.sentencedLater.bookingId}`);
    expect(waiting).toMatchObject({
      status: 'NO_MATCH_WITH_SENTENCE_DATE',
      retryCount: 2,
      watchedCrns: people.sentencedLater.crn,
    });
    retrier.sandbox.admin.clearRequests();

    retrier.sandbox.admin.revealConvictions(people.sentencedLater.crn);
    await publishProbationEvent('SENTENCE_CHANGED', { crn: people.sentencedLater.crn });

    await eventually(async () => {
      const row = await retrier.row(`row-${people.sentencedLater.bookingId}`);
      expect(row.status).toBe('COMPLETED');
    }, 20_000);
    expect(retrier.sandbox.admin.deliusState(people.sentencedLater.crn)?.otherIds.nomsNumber).toBe(
      people.sentencedLater.offenderNo,
    );
    expect(await outcomeLogged(people.sentencedLater.crn)).toMatchObject({ reason: 'worked' });
    // Every write under the booking's claim, as a tier's would be.
    expect(retrier.deliusWrites().every((write) => write.claim?.startsWith(claimIdFor(6501)))).toBe(true);
  });

  it('when the case names a prisoner whose row waits, then that booking is worked too', async () => {
    await retrier.store(pendingRowOf(people.heldByTheirCase, { retryCount: 3, status: 'ERROR' }));
    retrier.sandbox.admin.setNomsNumber(people.heldByTheirCase.crn, people.heldByTheirCase.offenderNo);

    await publishProbationEvent('OFFENDER_DETAILS_CHANGED', {
      crn: people.heldByTheirCase.crn,
      nomsNumber: people.heldByTheirCase.offenderNo,
    });

    await eventually(async () => {
      expect(await retrier.row(`row-${people.heldByTheirCase.bookingId}`)).toMatchObject({
        status: 'COMPLETED',
      });
    }, 20_000);
  });

  it('when no row waits on the case, then the event is acknowledged and nothing is worked', async () => {
    await retrier.store(pendingRowOf(people.bystander));
    retrier.sandbox.admin.clearRequests();

    await publishProbationEvent('SENTENCE_CHANGED', { crn: 'X999999' });

    expect(await outcomeLogged('X999999')).toMatchObject({ reason: 'nobody-waits' });
    expect(retrier.sandbox.admin.requests()).toEqual([]);
    expect(await retrier.row(`row-${people.bystander.bookingId}`)).toMatchObject({ retryCount: 2 });
  });

  it('when a waiting booking is held by another worker, then the event comes back and works it once released', async () => {
    const person = people.heldElsewhere;
    await retrier.store(pendingRowOf(person, { retryCount: 2, status: 'ERROR' }));
    retrier.sandbox.admin.setNomsNumber(person.crn, person.offenderNo);
    const other = retrier.locks('another-pod', 60_000);
    const held = await other.acquire(claimIdFor(person.bookingId));
    if (!held) throw new Error('the other worker could not claim the booking');

    await publishProbationEvent('OFFENDER_DETAILS_CHANGED', {
      crn: person.crn,
      nomsNumber: person.offenderNo,
    });
    await eventually(
      () =>
        expect(retrier.logs.some((line) => line.crn === person.crn && line.reason === 'transient')).toBe(
          true,
        ),
      20_000,
    );
    expect(await retrier.row(`row-${person.bookingId}`)).toMatchObject({ status: 'ERROR', retryCount: 2 });
    await other.release(held);

    await eventually(async () => {
      expect(await retrier.row(`row-${person.bookingId}`)).toMatchObject({ status: 'COMPLETED' });
    }, 20_000);
  });

  it('when a probation event has no crn, then it goes to the probation DLQ with its reason', async () => {
    await publishProbationEvent('SENTENCE_CHANGED', { nomsNumber: 'A6501PE' });

    const inDlq = await eventually(async () => {
      const { Messages } = await retrier.aws.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: retrier.probation.probationDlqUrl,
          MessageAttributeNames: ['All'],
          WaitTimeSeconds: 1,
        }),
      );
      if (!Messages?.length) throw new Error('nothing in the probation DLQ yet');
      return Messages[0];
    }, 20_000);
    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue).toBe(
      'SENTENCE_CHANGED message has no crn',
    );
  });
});
