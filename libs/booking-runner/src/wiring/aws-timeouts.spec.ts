import { createServer, type Server, type Socket } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AWS_CALL_LIMITS, awsClientConfig, longestCallMs } from '@ptpu/platform';
import { DynamoLocks } from '@ptpu/store';

/** Accepts connections and reads requests, but never answers: a DynamoDB endpoint that hangs. */
async function silentEndpoint(): Promise<{
  url: string;
  requests: () => number;
  close: () => Promise<void>;
}> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      requests += chunk.toString('latin1').match(/^POST \/ HTTP\/1\.1/gm)?.length ?? 0;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('the AWS clients as the processing adapters build them', () => {
  it(
    'when DynamoDB hangs, then a lease renewal gives up after its attempts, within what the lease check allows',
    async () => {
      const endpoint = await silentEndpoint();
      const settings = {
        AWS_REGION: 'eu-west-2',
        AWS_ENDPOINT_URL_DYNAMODB: endpoint.url,
        AWS_ACCESS_KEY_ID: 'id',
        AWS_SECRET_ACCESS_KEY: 'secret',
      };
      const hanging = new DynamoDBClient(awsClientConfig(settings, 'DYNAMODB'));
      const locks = new DynamoLocks({
        client: hanging,
        tableName: 'schedule',
        clock: { now: () => new Date() },
        owner: 'pod-a/processor/1',
      });
      try {
        const started = performance.now();

        const failure = await locks
          .renew({ id: 'booking#1200835', owner: 'pod-a/processor/1', fence: 1 })
          .catch((err: unknown) => err);

        const took = performance.now() - started;
        const { requestTimeoutMs, maxAttempts } = AWS_CALL_LIMITS.DYNAMODB;
        expect(failure).toMatchObject({ name: 'SystemError', retryable: true });
        expect(endpoint.requests()).toBe(maxAttempts);
        expect(took).toBeGreaterThanOrEqual(maxAttempts * requestTimeoutMs - 50);
        expect(took).toBeLessThanOrEqual(longestCallMs(AWS_CALL_LIMITS.DYNAMODB) + 500);
      } finally {
        hanging.destroy();
        await endpoint.close();
      }
    },
    longestCallMs(AWS_CALL_LIMITS.DYNAMODB) + 5_000,
  );
});
