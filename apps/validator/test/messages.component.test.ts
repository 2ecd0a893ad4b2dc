import { buildSqsBody } from '@ptpu/domain/testing';
import { REDRIVE_COUNT_ATTRIBUTE, REJECT_REASON_ATTRIBUTE } from '@ptpu/queues';
import { eventually } from '@ptpu/local-stack';
import { peekAll } from './support/queue-probe';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS } from './support/validator-world';

/** Messages: what stays on the queue, what is deleted, and what reaches the DLQ, with which attributes. */
describe('validator: queue and DLQ', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({
      label: 'messages',
      maxReceiveCount: 4,
      env: { PTPU_ERROR_VISIBILITY: '1s' },
    });
  });
  afterEach(() => stack.sandbox.admin.clearFaults());
  afterAll(() => stack.close());

  const stored = (id: string) => eventually(async () => expect(await stack.item(id)).toBeDefined());
  const dlqMessageWithBody = (body: string) =>
    eventually(async () => {
      const found = (await peekAll(stack.aws.sqs, stack.messaging.dlqUrl)).find(
        (message) => message.Body === body,
      );
      if (!found) throw new Error('not in the DLQ yet');
      return found;
    });
  const transientFailures = (id: string) =>
    stack.logs.filter((line) => line.messageId === id && line.reason === 'transient').length;

  it('when the envelope is not JSON, then it is in the DLQ with its reason, and the next good message is stored', async () => {
    const poison = '{"Type": "Notification", "MessageId": ';
    await stack.sendBody(poison);
    const good = await stack.sendEvent({ event: { bookingId: BOOKINGS.accepted } });

    const inDlq = await dlqMessageWithBody(poison);
    await stored(good);

    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue).toBe(
      'SNS envelope is not valid JSON',
    );
    // At once: handled one time, no retries spent on it.
    const handlings = stack.logs.filter((line) => line.rejectReason === 'SNS envelope is not valid JSON');
    expect(handlings.map((line) => [line.reason, line.receiveCount])).toEqual([['poison', 1]]);
    await eventually(async () => expect(await stack.counts()).toMatchObject({ visible: 0, inFlight: 0 }));
  });

  it('when a handled event has no bookingId, then it goes to the DLQ at once and prison-api is never asked', async () => {
    stack.sandbox.admin.clearRequests();
    const body = buildSqsBody({ event: { bookingId: undefined } });
    await stack.sendBody(body);

    const inDlq = await dlqMessageWithBody(body);

    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue).toBe(
      'IMPRISONMENT_STATUS-CHANGED message has no numeric bookingId',
    );
    expect(stack.sandbox.admin.requests({ upstream: 'prisonApi' })).toEqual([]);
  });

  it('when the message table refuses its row as too big, then it goes to the DLQ at once with the reason, never retried', async () => {
    // SQS takes up to 1 MiB; a DynamoDB item stops at 400 KB, and the row keeps the event verbatim.
    const body = buildSqsBody({ event: { bookingId: BOOKINGS.accepted, comment: 'x'.repeat(420_000) } });
    const messageId = (JSON.parse(body) as { MessageId: string }).MessageId;
    await stack.sendBody(body);

    const inDlq = await dlqMessageWithBody(body);

    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue).toMatch(
      /^the message table refused its row: .*ValidationException/,
    );
    const handlings = stack.logs.filter((line) => line.messageId === messageId);
    expect(handlings.map((line) => [line.reason, line.receiveCount])).toEqual([['poison', 1]]);
    expect(await stack.item(messageId)).toBeUndefined();
  });

  it('when a poison message was redriven before, then its DLQ copy keeps the redrive count', async () => {
    const body = buildSqsBody({ eventType: 'BOOKING_NUMBER-CHANGED', message: 'not json' });
    await stack.sendBody(body, { [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: '2' } });

    const inDlq = await dlqMessageWithBody(body);

    expect(inDlq.MessageAttributes?.[REDRIVE_COUNT_ATTRIBUTE]?.StringValue).toBe('2');
    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue).toBe(
      'BOOKING_NUMBER-CHANGED message is not valid JSON',
    );
  });

  it('when prison-api is down, then messages stay on the queue, and they are stored once it recovers', async () => {
    stack.sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/**', status: 503 });
    const ids = await Promise.all(
      [1, 2, 3].map(() => stack.sendEvent({ event: { bookingId: BOOKINGS.accepted } })),
    );

    await eventually(() => ids.forEach((id) => expect(transientFailures(id)).toBeGreaterThanOrEqual(1)));
    const during = await stack.counts();
    for (const id of ids) expect(await stack.item(id)).toBeUndefined();
    stack.sandbox.admin.clearFaults();

    expect(during.visible + during.inFlight).toBe(3);
    expect(during.dlq).toBe(0);
    await Promise.all(ids.map(stored));
    await eventually(async () => expect(await stack.counts()).toEqual({ visible: 0, inFlight: 0, dlq: 0 }));
  });

  it('when a message fails on every receive, then SQS moves it to the DLQ after maxReceiveCount', async () => {
    // The first prison-api call of a status change reads the sentence terms.
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: '/api/offender-sentences/booking/4242/sentenceTerms',
      status: 500,
    });
    const body = buildSqsBody({ event: { bookingId: 4242 } });
    await stack.sendBody(body);

    const inDlq = await dlqMessageWithBody(body);

    const id = JSON.parse(body).MessageId as string;
    expect(transientFailures(id)).toBe(4);
    expect(stack.logs.filter((line) => line.messageId === id && line.lastAttempt === true)).toHaveLength(1);
    expect(inDlq.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]).toBeUndefined();
    expect(await stack.item(id)).toBeUndefined();
  });
});
