import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { MESSAGE_INDEX } from '@ptpu/store';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { spawnValidator, type ValidatorProcess } from './support/validator-process';
import { BOOKINGS } from './support/validator-world';

/**
 * Lifecycle: the validator as a process of its own, killed or stopped mid-batch, and a message that takes
 * longer than the queue's visibility timeout. Each case has its own queue: a consumer that dies during a long
 * poll can leave the emulator holding that receive, and it would swallow the next case's first message.
 */
describe('validator: stopping and slow messages', () => {
  let stack: ValidatorStack;
  let running: ValidatorProcess[] = [];

  // A short visibility timeout, so a killed consumer's messages come back quickly.
  const startStack = async (label: string, env: Record<string, string> = {}) => {
    stack = await startValidatorStack({
      label,
      start: false,
      visibilityTimeoutSeconds: 2,
      maxReceiveCount: 5,
      env: { LOG_LEVEL: 'info', PTPU_HTTP_TIMEOUT: '10s', ...env },
    });
  };
  afterEach(async () => {
    for (const validator of running) validator.child.kill('SIGKILL');
    await Promise.all(running.map((validator) => validator.exited));
    running = [];
    await stack.close();
  });

  const start = () => {
    const validator = spawnValidator(stack.env);
    running.push(validator);
    return validator;
  };
  const sendEvents = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () => stack.sendEvent({ event: { bookingId: BOOKINGS.accepted } })),
    );
  const storedOf = async (ids: string[]) =>
    (await Promise.all(ids.map((id) => stack.item(id)))).filter((item) => item !== undefined).length;
  /** Every row of the accepted booking, read through its pending index: a second row per event would show here. */
  const rowsOfBooking = async () => {
    const { Items = [] } = await DynamoDBDocumentClient.from(stack.aws.dynamodb).send(
      new QueryCommand({
        TableName: stack.tables.messageTable,
        IndexName: MESSAGE_INDEX.pendingByBooking,
        KeyConditionExpression: 'pendingBookingId = :bookingId',
        ExpressionAttributeValues: { ':bookingId': BOOKINGS.accepted },
      }),
    );
    return Items.map((item) => item.id as string);
  };

  it('when the consumer is killed mid-batch and restarted, then every event is stored exactly once', async () => {
    await startStack('killed');
    stack.sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/bookings/*', delayMs: 150 });
    const ids = await sendEvents(30);
    const first = start();
    await eventually(async () => expect(await storedOf(ids)).toBeGreaterThanOrEqual(5), 30_000);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(await storedOf(ids)).toBeLessThan(30);
    stack.sandbox.admin.clearFaults();
    start();

    await eventually(async () => expect(await storedOf(ids)).toBe(30), 30_000);
    await eventually(async () => expect(await stack.counts()).toEqual({ visible: 0, inFlight: 0, dlq: 0 }));
    expect((await rowsOfBooking()).sort()).toEqual([...ids].sort());
  });

  it('when the consumer gets SIGTERM mid-batch, then it settles what it received and exits cleanly', async () => {
    await startStack('sigterm');
    stack.sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/bookings/*', delayMs: 1_000 });
    const ids = await sendEvents(8);
    const validator = start();
    await eventually(
      () => expect(stack.sandbox.admin.requests({ upstream: 'prisonApi' })).not.toEqual([]),
      30_000,
    );

    validator.child.kill('SIGTERM');

    expect(await validator.exited).toBe(0);
    expect(validator.lines.map((line) => line.msg)).toContain(
      'prison event consumer stopped; in-flight messages settled',
    );
    const stored = await storedOf(ids);
    const counts = await stack.counts();
    expect(stored).toBeGreaterThan(0);
    expect(counts.inFlight).toBe(0);
    expect(stored + counts.visible).toBe(8);
  });

  it('when a message takes longer than the visibility timeout, then it is not delivered again meanwhile', async () => {
    // Two pollers: while one waits on the slow message, the other would receive it again if it reappeared.
    await startStack('slow', { PTPU_CONSUMER_CONCURRENCY: '20' });
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: '/api/bookings/*',
      delayMs: 3_500,
      times: 1,
    });
    await stack.startValidator();
    const id = await stack.sendEvent({ event: { bookingId: BOOKINGS.accepted } });

    await eventually(async () => expect(await stack.item(id)).toBeDefined(), 15_000);
    // The row can be readable a moment before the validator has had DynamoDB's answer and logged the handling.
    const handlingsOf = () => stack.logs.filter((line) => line.messageId === id && line.reason);
    await eventually(async () => expect(handlingsOf().length).toBeGreaterThan(0), 5_000);

    const handlings = handlingsOf();
    expect(handlings.map(({ reason, receiveCount }) => ({ reason, receiveCount }))).toEqual([
      { reason: 'stored', receiveCount: 1 },
    ]);
  });
});
