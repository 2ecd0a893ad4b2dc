import { PurgeQueueCommand, SendMessageCommand, type MessageAttributeValue } from '@aws-sdk/client-sqs';
import { buildSqsBody } from '@ptpu/domain/testing';
import { QUEUE_ADMIN_ROLE, REDRIVE_COUNT_ATTRIBUTE, REJECT_REASON_ATTRIBUTE } from '@ptpu/queues';
import { eventually } from '@ptpu/local-stack';
import { peekAll } from './support/queue-probe';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS } from './support/validator-world';

const MAX_REDRIVES = 2;

/** Queue admin: hmpps-sqs's endpoints, their security, and redrives that really move messages. */
describe('validator: queue-admin', () => {
  let stack: ValidatorStack;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startValidatorStack({
      label: 'admin',
      env: { PTPU_DLQ_MAX_REDRIVES: String(MAX_REDRIVES) },
    });
    adminToken = await stack.sandbox.mintToken([QUEUE_ADMIN_ROLE]);
  });
  beforeEach(() => stack.aws.sqs.send(new PurgeQueueCommand({ QueueUrl: stack.messaging.dlqUrl })));
  afterAll(() => stack.close());

  const call = (method: string, path: string, token?: string) =>
    fetch(`${stack.url()}/queue-admin${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const putOnDlq = (body: string, redriveCount?: number) => {
    const attributes: Record<string, MessageAttributeValue> | undefined =
      redriveCount === undefined
        ? undefined
        : { [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: String(redriveCount) } };
    return stack.aws.sqs.send(
      new SendMessageCommand({
        QueueUrl: stack.messaging.dlqUrl,
        MessageBody: body,
        MessageAttributes: attributes,
      }),
    );
  };
  const dlqBodies = async () =>
    (await peekAll(stack.aws.sqs, stack.messaging.dlqUrl)).map((message) => ({
      body: message.Body,
      redriveCount: message.MessageAttributes?.[REDRIVE_COUNT_ATTRIBUTE]?.StringValue,
      rejectReason: message.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue,
    }));

  describe('security and names', () => {
    it('when housekeeping is asked for on the public port, then it is not there (404) and nothing moves', async () => {
      await putOnDlq(buildSqsBody({ message: 'left alone: not json' }));

      const response = await call('PUT', '/retry-all-dlqs');

      expect(response.status).toBe(404);
      expect(await stack.counts()).toMatchObject({ dlq: 1 });
    });

    const protectedRoutes = () => [
      ['PUT', `/retry-dlq/${stack.messaging.dlqName}`],
      ['PUT', `/purge-queue/${stack.messaging.queueName}`],
      ['GET', `/get-dlq-messages/${stack.messaging.dlqName}`],
    ];

    it('when there is no token, then every protected route answers 401 with a Bearer challenge', async () => {
      for (const [method, path] of protectedRoutes()) {
        const response = await call(method, path);
        expect([method, path, response.status]).toEqual([method, path, 401]);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    });

    it('when the token lacks the queue admin role, then every protected route answers 403', async () => {
      const reportsToken = await stack.sandbox.mintToken(['ROLE_PTPU_REPORT']);
      for (const [method, path] of protectedRoutes()) {
        expect([method, path, (await call(method, path, reportsToken)).status]).toEqual([method, path, 403]);
      }
    });

    it('when the queue is not one of ours, then the answer is 404', async () => {
      expect((await call('PUT', '/retry-dlq/someone-elses-dlq', adminToken)).status).toBe(404);
      expect((await call('GET', '/get-dlq-messages/someone-elses-dlq', adminToken)).status).toBe(404);
      expect((await call('PUT', '/purge-queue/someone-elses-queue', adminToken)).status).toBe(404);
      // The main queue is not a DLQ.
      expect((await call('PUT', `/retry-dlq/${stack.messaging.queueName}`, adminToken)).status).toBe(404);
    });

    it('when maxMessages is not a number, then the answer is 400', async () => {
      const response = await call(
        'GET',
        `/get-dlq-messages/${stack.messaging.dlqName}?maxMessages=all`,
        adminToken,
      );
      expect(response.status).toBe(400);
    });
  });

  it('when an operator retries the DLQ, then its messages go back to the queue and are stored', async () => {
    const body = buildSqsBody({ event: { bookingId: BOOKINGS.accepted } });
    await putOnDlq(body);

    const response = await call('PUT', `/retry-dlq/${stack.messaging.dlqName}`, adminToken);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ messagesFoundCount: 1 });
    await eventually(async () => expect(await stack.item(JSON.parse(body).MessageId)).toBeDefined());
    expect(await stack.counts()).toMatchObject({ dlq: 0 });
  });

  /** Starts a background redrive and polls its job until it has finished; answers the job as last polled. */
  async function backgroundRedrive(query: string): Promise<Record<string, unknown>> {
    const response = await call(
      'PUT',
      `/retry-dlq/${stack.messaging.dlqName}?background=true${query}`,
      adminToken,
    );
    expect(response.status).toBe(202);
    const { job, poll } = (await response.json()) as { job: string; poll: string };
    expect(poll).toBe(`/queue-admin/jobs/${job}`);
    return eventually(async () => {
      const polled = (await (
        await call('GET', poll.replace('/queue-admin', ''), adminToken)
      ).json()) as Record<string, unknown>;
      expect(polled.state).toBe('finished');
      return polled;
    });
  }

  it('when an operator retries the DLQ in the background without a mode, then it is a dry run: the job lists each message with its event and booking, and every one stays', async () => {
    const body = buildSqsBody({ event: { bookingId: BOOKINGS.accepted } });
    await putOnDlq(body, 1);
    await putOnDlq('{not json');

    const finished = await backgroundRedrive('');

    expect(finished).toMatchObject({
      kind: 'dlq-redrive',
      total: 1,
      done: 1,
      results: [
        {
          item: stack.messaging.dlqName,
          outcome: { mode: 'dry-run', messagesFoundCount: 2, messages: expect.any(Array) },
        },
      ],
    });
    const { messages } = (finished.results as { outcome: { messages: unknown[] } }[])[0].outcome;
    expect(messages).toEqual(
      expect.arrayContaining([
        {
          messageId: expect.any(String),
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          bookingId: BOOKINGS.accepted,
          redriveCount: 1,
          result: 'would-redrive',
        },
        { messageId: expect.any(String), redriveCount: 0, result: 'would-redrive' },
      ]),
    );
    expect(await stack.item(JSON.parse(body).MessageId)).toBeUndefined();
    await eventually(async () => expect(await stack.counts()).toMatchObject({ dlq: 2 }));
  });

  it('when an operator retries the DLQ in the background with mode=write, then 202 with a job to poll, and the messages go back and are stored', async () => {
    const body = buildSqsBody({ event: { bookingId: BOOKINGS.accepted } });
    await putOnDlq(body);

    const finished = await backgroundRedrive('&mode=write');

    expect(finished).toMatchObject({
      results: [
        {
          item: stack.messaging.dlqName,
          outcome: {
            mode: 'write',
            messagesFoundCount: 1,
            messages: [{ bookingId: BOOKINGS.accepted, result: 'redriven' }],
          },
        },
      ],
    });
    await eventually(async () => expect(await stack.item(JSON.parse(body).MessageId)).toBeDefined());
    expect((await call('GET', '/jobs/no-such-job', adminToken)).status).toBe(404);
    expect((await call('GET', `/jobs/${String(finished.id)}`)).status).toBe(401);
  });

  it.each(['&mode=real', '&dryRun=false'])(
    'when a background redrive is asked with %j, then 400 and nothing moves',
    async (query) => {
      await putOnDlq('{"stays": true}');

      const response = await call(
        'PUT',
        `/retry-dlq/${stack.messaging.dlqName}?background=true${query}`,
        adminToken,
      );

      expect(response.status).toBe(400);
      await eventually(async () => expect(await stack.counts()).toMatchObject({ dlq: 1 }));
    },
  );

  it('when housekeeping retries all DLQs, then parked messages stay and the others come back with their count', async () => {
    const parked = buildSqsBody({ message: 'parked: not json' });
    const poison = buildSqsBody({ message: 'poison: not json' });
    await putOnDlq(parked, MAX_REDRIVES);
    await putOnDlq(poison, 1);

    const response = await fetch(`${stack.managementUrl()}/queue-admin/retry-all-dlqs`, { method: 'PUT' });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ messagesFoundCount: 2 }]);
    // The poison message was redriven (count 2), failed again and is back in the DLQ; the parked one never left.
    await eventually(async () =>
      expect(await dlqBodies()).toEqual(
        expect.arrayContaining([
          { body: parked, redriveCount: String(MAX_REDRIVES), rejectReason: undefined },
          {
            body: poison,
            redriveCount: '2',
            rejectReason: 'IMPRISONMENT_STATUS-CHANGED message is not valid JSON',
          },
        ]),
      ),
    );
  });

  it('when an operator retries the DLQ, then even parked messages go back, with their count reset', async () => {
    const parked = buildSqsBody({ message: 'parked again: not json' });
    await putOnDlq(parked, MAX_REDRIVES + 3);

    expect(await (await call('PUT', `/retry-dlq/${stack.messaging.dlqName}`, adminToken)).json()).toEqual({
      messagesFoundCount: 1,
    });

    await eventually(async () =>
      expect(await dlqBodies()).toEqual([
        {
          body: parked,
          redriveCount: '0',
          rejectReason: 'IMPRISONMENT_STATUS-CHANGED message is not valid JSON',
        },
      ]),
    );
  });

  it('when an operator reads the DLQ, then messages come back parsed with their attributes, and stay', async () => {
    const body = buildSqsBody({ event: { bookingId: BOOKINGS.accepted } });
    await putOnDlq('{not json');
    await putOnDlq(body, 1);

    const response = await call(
      'GET',
      `/get-dlq-messages/${stack.messaging.dlqName}?maxMessages=5`,
      adminToken,
    );

    expect(response.status).toBe(200);
    const result = (await response.json()) as { messages: { body: unknown; messageAttributes: object }[] };
    expect(result).toMatchObject({ messagesFoundCount: 2, messagesReturnedCount: 2 });
    expect(result.messages).toEqual(
      expect.arrayContaining([
        { messageId: expect.any(String), body: '{not json', messageAttributes: {} },
        {
          messageId: expect.any(String),
          body: JSON.parse(body),
          messageAttributes: { [REDRIVE_COUNT_ATTRIBUTE]: '1' },
        },
      ]),
    );
    // Hidden for a second by the peek, then receivable again: nothing was taken off the DLQ.
    await eventually(async () =>
      expect(await peekAll(stack.aws.sqs, stack.messaging.dlqUrl)).toHaveLength(2),
    );
  });

  it('when an operator purges the DLQ, then it is empty and the answer says how many were there', async () => {
    await putOnDlq('{"one": 1}');
    await putOnDlq('{"two": 2}');

    const response = await call('PUT', `/purge-queue/${stack.messaging.dlqName}`, adminToken);

    expect(await response.json()).toEqual({ messagesFoundCount: 2 });
    expect(await stack.counts()).toMatchObject({ dlq: 0 });
  });
});
