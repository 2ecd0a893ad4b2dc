import net from 'node:net';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoints } from '@ptpu/local-stack';
import { DynamoDbThrottleProxy } from '../src/proxies/dynamodb-throttle-proxy';
import { OutageProxy } from '../src/proxies/outage-proxy';

const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 };

describe('the DynamoDB throttling proxy', () => {
  let proxy: DynamoDbThrottleProxy;
  let client: DynamoDBClient;
  const describeMissing = () =>
    client.send(new DescribeTableCommand({ TableName: 'no-such-table' })).then(
      () => 'ok',
      (error: Error) => error.name,
    );

  beforeAll(async () => {
    proxy = await DynamoDbThrottleProxy.start(localEndpoints().dynamodb);
    client = new DynamoDBClient({ ...common, endpoint: proxy.url });
  });
  afterAll(async () => {
    client.destroy();
    await proxy.close();
  });

  it('forwards every call to DynamoDB Local when not throttling', async () => {
    expect(await describeMissing()).toBe('ResourceNotFoundException');
  });

  it('answers the share of calls it throttles as DynamoDB does, which the SDK reads as its throttling errors', async () => {
    proxy.throttle(0.5);
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
});

describe('the SNS/SQS outage proxy', () => {
  let proxy: OutageProxy;
  let client: SQSClient;
  const listQueues = () =>
    client.send(new ListQueuesCommand({ MaxResults: 1 })).then(
      () => 'answered',
      () => 'failed',
    );
  const connect = () =>
    new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: proxy.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });

  beforeAll(async () => {
    proxy = await OutageProxy.start(localEndpoints().sqsSns);
    client = new SQSClient({ ...common, endpoint: proxy.url });
  });
  afterAll(async () => {
    client.destroy();
    await proxy.close();
  });

  it('refuses connections during an outage and forwards again once restored, on the same port', async () => {
    expect(await listQueues()).toBe('answered');

    await proxy.refuse();
    expect(await connect()).toBe('ECONNREFUSED');
    expect(await listQueues()).toBe('failed');

    await proxy.restore();
    expect(await listQueues()).toBe('answered');
  });

  it('leaves the emulator itself running through an outage', async () => {
    await proxy.refuse();
    const direct = new SQSClient({ ...common, endpoint: localEndpoints().sqsSns });
    try {
      await expect(direct.send(new ListQueuesCommand({ MaxResults: 1 }))).resolves.toBeDefined();
    } finally {
      direct.destroy();
      await proxy.restore();
    }
  });
});
