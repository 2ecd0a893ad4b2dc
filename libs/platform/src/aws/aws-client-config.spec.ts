import { AWS_CALL_LIMITS, awsClientConfig, longestCallMs } from './aws-client-config';

describe('awsClientConfig', () => {
  it('when nothing but the region is set, then endpoint and credentials are left to the SDK (IRSA in AWS)', () => {
    const config = awsClientConfig({ AWS_REGION: 'eu-west-2' }, 'SQS');

    expect(config.region).toBe('eu-west-2');
    expect(config).not.toHaveProperty('endpoint');
    expect(config).not.toHaveProperty('credentials');
  });

  it.each(['DYNAMODB', 'SNS', 'SQS'] as const)(
    'gives a %s client explicit connection and request timeouts that throw, and bounded attempts',
    (service) => {
      const { requestHandler, maxAttempts } = awsClientConfig({ AWS_REGION: 'eu-west-2' }, service);

      expect(requestHandler).toEqual({
        connectionTimeout: AWS_CALL_LIMITS[service].connectionTimeoutMs,
        requestTimeout: AWS_CALL_LIMITS[service].requestTimeoutMs,
        socketTimeout: AWS_CALL_LIMITS[service].requestTimeoutMs,
        throwOnRequestTimeout: true,
      });
      expect(requestHandler.connectionTimeout).toBeGreaterThan(0);
      expect(requestHandler.requestTimeout).toBeGreaterThan(requestHandler.connectionTimeout);
      expect(maxAttempts).toBe(3);
    },
  );

  it('when an SQS client long-polls, then its attempts outlast the wait, and its sockets too', () => {
    const { requestHandler } = awsClientConfig({ AWS_REGION: 'eu-west-2' }, 'SQS', { longPollSeconds: 20 });

    expect(requestHandler.requestTimeout).toBe(25_000);
    expect(requestHandler.socketTimeout).toBe(25_000);
  });

  it('when a client that is not SQS is told of a long poll, then nothing changes', () => {
    expect(awsClientConfig({ AWS_REGION: 'eu-west-2' }, 'DYNAMODB', { longPollSeconds: 20 })).toEqual(
      awsClientConfig({ AWS_REGION: 'eu-west-2' }, 'DYNAMODB'),
    );
  });

  it("when the service's own endpoint is set, then it wins over AWS_ENDPOINT_URL", () => {
    const config = {
      AWS_REGION: 'eu-west-2',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000',
    };

    expect(awsClientConfig(config, 'DYNAMODB').endpoint).toBe('http://127.0.0.1:8000');
    expect(awsClientConfig(config, 'SNS').endpoint).toBe('http://127.0.0.1:4566');
  });

  it('when both keys are set, then they are the credentials; one alone is ignored', () => {
    const keys = { AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret' };

    expect(awsClientConfig(keys, 'SQS').credentials).toEqual({
      accessKeyId: 'id',
      secretAccessKey: 'secret',
    });
    expect(awsClientConfig({ AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'id' }, 'SQS')).not.toHaveProperty(
      'credentials',
    );
  });
});

describe('longestCallMs', () => {
  it('adds every attempt at its timeout and the longest back-off before each retry', () => {
    expect(longestCallMs({ connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxAttempts: 3 })).toBe(
      3 * 2_000 + 1_000 + 2_000,
    );
    expect(longestCallMs({ connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxAttempts: 1 })).toBe(
      2_000,
    );
  });

  it('caps each back-off at the 20 s the SDK never exceeds', () => {
    expect(longestCallMs({ connectionTimeoutMs: 1, requestTimeoutMs: 1, maxAttempts: 7 })).toBe(
      7 + 1_000 + 2_000 + 4_000 + 8_000 + 16_000 + 20_000,
    );
  });
});
