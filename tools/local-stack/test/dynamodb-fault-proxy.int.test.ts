import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbFaultProxy } from '../src/dynamodb-fault-proxy';
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoints } from '../src/endpoints';

const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 };

describe('the DynamoDB fault proxy', () => {
  let proxy: DynamoDbFaultProxy;
  let client: DynamoDBClient;
  const describeMissing = () =>
    client.send(new DescribeTableCommand({ TableName: 'no-such-table' })).then(
      () => 'ok',
      (error: Error) => error.name,
    );

  beforeAll(async () => {
    proxy = await DynamoDbFaultProxy.start(localEndpoints().dynamodb);
    client = new DynamoDBClient({ ...common, endpoint: proxy.url });
  });
  afterAll(async () => {
    client.destroy();
    await proxy.close();
  });

  it('forwards every call to DynamoDB Local when refusing none', async () => {
    expect(await describeMissing()).toBe('ResourceNotFoundException');
  });

  it('answers the share of calls it refuses as DynamoDB does, which the SDK reads as its throttling errors', async () => {
    proxy.refuse({ share: 0.5 });
    const names = [];
    for (let call = 0; call < 4; call += 1) names.push(await describeMissing());
    proxy.clear();

    expect(names).toEqual([
      'ResourceNotFoundException',
      'ProvisionedThroughputExceededException',
      'ResourceNotFoundException',
      'ThrottlingException',
    ]);
    expect(await describeMissing()).toBe('ResourceNotFoundException');
  });

  it('refuses only the operation and body asked for, and only as many times as asked', async () => {
    proxy.refuse({ operation: 'DescribeTable', bodyIncludes: 'no-such-table', times: 2 });
    const other = () =>
      client.send(new DescribeTableCommand({ TableName: 'another-missing-table' })).then(
        () => 'ok',
        (error: Error) => error.name,
      );

    const names = [await other(), await describeMissing(), await describeMissing(), await describeMissing()];
    proxy.clear();

    expect(names).toEqual([
      'ResourceNotFoundException',
      expect.stringMatching(/ProvisionedThroughputExceededException|ThrottlingException/),
      expect.stringMatching(/ProvisionedThroughputExceededException|ThrottlingException/),
      'ResourceNotFoundException',
    ]);
  });
});
