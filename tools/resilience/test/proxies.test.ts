import net from 'node:net';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoints } from '@ptpu/local-stack';
import { OutageProxy } from '../src/proxies/outage-proxy';

const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 };

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
