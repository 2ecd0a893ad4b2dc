import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { buildSqsBody } from '@ptpu/domain/testing';
import { REDRIVE_COUNT_ATTRIBUTE } from '@ptpu/queues';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS } from './support/validator-world';

/** Observability: what operators can read from the logs and /prometheus about each delivery. */
describe('validator: logs and metrics', () => {
  let stack: ValidatorStack;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startValidatorStack({
      label: 'observability',
      env: { PTPU_ERROR_VISIBILITY: '0s', PTPU_DLQ_MAX_REDRIVES: '3' },
    });
    // One delivery of every kind; the failing one succeeds on its second receive.
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: `/api/offender-sentences/booking/${BOOKINGS.noSentenceStartDate}/sentenceTerms`,
      status: 500,
      times: 1,
    });
    const duplicate = { messageId: 'observed-duplicate', event: { bookingId: BOOKINGS.accepted } };
    ids.stored = await stack.sendEvent(duplicate);
    await eventually(async () => expect(await stack.item(ids.stored)).toBeDefined());
    await stack.sendEvent(duplicate);
    ids.nonZero = await stack.sendEvent({
      event: { bookingId: BOOKINGS.accepted, imprisonmentStatusSeq: 1 },
    });
    ids.unhandled = await stack.sendEvent({ eventType: 'OFFENDER_MOVEMENT-RECEPTION' });
    ids.retried = await stack.sendEvent({ event: { bookingId: BOOKINGS.noSentenceStartDate } });
    await stack.sendBody('poison');
    await eventually(async () => {
      expect(await metric('ptpu_validator_messages_received_total')).toBe(7);
      expect(await stack.counts()).toEqual({ visible: 0, inFlight: 0, dlq: 1 });
    });
  });
  afterAll(() => stack.close());

  async function metric(name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
    const text = await (await fetch(`${stack.url()}/prometheus`)).text();
    const labelText = Object.entries(labels)
      .map(([key, value]) => `${key}="${value}"`)
      .join(',');
    const line = text.split('\n').find((l) => l.startsWith(labelText ? `${name}{${labelText}}` : `${name} `));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  it('when deliveries are handled, then each outcome is counted, and each ignored event by its reason', async () => {
    expect(
      await metric('ptpu_validator_messages_handled_total', { outcome: 'stored', reason: 'stored' }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', { outcome: 'duplicate', reason: 'duplicate' }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', {
        outcome: 'ignored',
        reason: 'non-zero-sequence',
      }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', {
        outcome: 'ignored',
        reason: 'unhandled-event-type',
      }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', {
        outcome: 'ignored',
        reason: 'no-sentence-start-date',
      }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', { outcome: 'poison', reason: 'poison' }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', { outcome: 'transient', reason: 'transient' }),
    ).toBe(1);
    expect(
      await metric('ptpu_validator_messages_handled_total', {
        outcome: 'ignored',
        reason: 'booking-inactive',
      }),
    ).toBe(0);
  });

  it('when deliveries are handled, then each is timed under its outcome', async () => {
    expect(await metric('ptpu_validator_message_handling_seconds_count', { outcome: 'ignored' })).toBe(3);
    expect(await metric('ptpu_validator_message_handling_seconds_count', { outcome: 'transient' })).toBe(1);
  });

  it('when a message is handled, then every line logged meanwhile names it, its event type and its booking', async () => {
    const lines = stack.logs.filter((line) => Object.values(ids).includes(line.messageId as string));

    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) {
      expect(line).toMatchObject({ messageId: expect.any(String), eventType: expect.any(String) });
    }
    const ofOurEvents = lines.filter((line) => line.eventType === 'IMPRISONMENT_STATUS-CHANGED');
    expect(ofOurEvents.length).toBeGreaterThanOrEqual(4);
    for (const line of ofOurEvents) expect(line.bookingId).toEqual(expect.any(Number));
    // Once prison-api has said whose booking it is, the NOMS number is on the line too.
    expect(
      stack.logs.find((line) => line.messageId === ids.stored && line.reason === 'stored'),
    ).toMatchObject({
      bookingId: BOOKINGS.accepted,
      nomsNumber: 'A5089DY',
    });
    const retried = stack.logs.filter((line) => line.messageId === ids.retried);
    expect(retried.map(({ level, reason, receiveCount }) => ({ level, reason, receiveCount }))).toEqual([
      { level: 'warn', reason: 'transient', receiveCount: 1 },
      { level: 'info', reason: 'no-sentence-start-date', receiveCount: 2 },
    ]);
    expect(retried[0].err).toMatchObject({ type: 'SystemError' });
    expect(stack.logs.find((line) => line.reason === 'poison')).toMatchObject({
      level: 'warn',
      sqsMessageId: expect.any(String),
      rejectReason: 'SNS envelope is not valid JSON',
    });
  });

  it('when housekeeping retries the DLQ, then the messages it parks and those it redrives are counted', async () => {
    const withCount = (count: number) => ({
      [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: String(count) },
    });
    for (const count of [3, 1]) {
      await stack.aws.sqs.send(
        new SendMessageCommand({
          QueueUrl: stack.messaging.dlqUrl,
          MessageBody: buildSqsBody({ event: { bookingId: BOOKINGS.inactive } }),
          MessageAttributes: withCount(count),
        }),
      );
    }

    expect(
      (await fetch(`${stack.managementUrl()}/queue-admin/retry-all-dlqs`, { method: 'PUT' })).status,
    ).toBe(200);

    expect(await metric('ptpu_validator_dlq_messages_parked_total')).toBe(1);
    // The poison message from the start was redriven too (count 0 < 3).
    expect(await metric('ptpu_validator_dlq_messages_redriven_total', { trigger: 'housekeeping' })).toBe(2);
    expect(await metric('ptpu_validator_dlq_messages_redriven_total', { trigger: 'operator' })).toBe(0);
  });
});
