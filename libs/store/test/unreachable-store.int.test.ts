import { DynamoMessageRepository } from '../src';
import { FixedClock } from '@ptpu/domain/testing';
import { localDynamoClient } from '../src/testing';

it('when DynamoDB cannot be reached, then reads fail with a retryable SystemError that keeps the cause', async () => {
  // Port 9 (discard) is closed on any development machine or CI runner: the connection is refused at once.
  const client = localDynamoClient('http://127.0.0.1:9');
  const repository = new DynamoMessageRepository({
    client,
    clock: new FixedClock(),
    messageTable: 'ptpu-messages-unreachable',
    scheduleTable: 'ptpu-schedule-unreachable',
  });

  const failure: unknown = await repository.getRow('any-id').catch((err: unknown) => err);

  expect(failure).toMatchObject({
    name: 'SystemError',
    code: 'AWS.NETWORK',
    retryable: true,
    details: { operation: 'get row any-id' },
  });
  expect((failure as Error).cause).toBeInstanceOf(Error);
  client.destroy();
});
