import { ConfigError } from '@ptpu/platform';
import { loadValidatorConfig } from './config';

const secrets = { OAUTH_CLIENT_ID: 'ptpu-client', OAUTH_CLIENT_SECRET: 'hunter2' };

function problemKeys(env: Record<string, string>): string[] {
  try {
    loadValidatorConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.key);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadValidatorConfig', () => {
  it('when only the secrets are set, then the local defaults (docs/architecture.md, Configuration) apply', () => {
    expect(loadValidatorConfig(secrets)).toMatchObject({
      PORT: 8081,
      HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: 'ptpu-events',
      HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME: 'ptpu-events-dlq',
      PTPU_CONSUMER_CONCURRENCY: 10,
      PTPU_ERROR_VISIBILITY: [0, 30_000, 120_000, 600_000],
      PTPU_DLQ_MAX_REDRIVES: 5,
      PRISON_ENDPOINT_URL: 'http://127.0.0.1:8093',
      OAUTH_ISSUER: 'http://127.0.0.1:8090/auth/issuer',
    });
  });

  it('when a back-off is longer than SQS allows or the list is empty, then the variable is refused', () => {
    expect(problemKeys({ ...secrets, PTPU_ERROR_VISIBILITY: '0s,13h' })).toEqual(['PTPU_ERROR_VISIBILITY']);
    expect(problemKeys({ ...secrets, PTPU_ERROR_VISIBILITY: ',' })).toEqual(['PTPU_ERROR_VISIBILITY']);
  });

  it('when a back-off list is set, then each item is read as a duration, and a bad item is named', () => {
    expect(
      loadValidatorConfig({ ...secrets, PTPU_ERROR_VISIBILITY: ' 1s, PT1M ,' }).PTPU_ERROR_VISIBILITY,
    ).toEqual([1_000, 60_000]);
    expect(() => loadValidatorConfig({ ...secrets, PTPU_ERROR_VISIBILITY: '0s,soon' })).toThrow(
      'PTPU_ERROR_VISIBILITY: "0s,soon": expected a duration such as 500ms, 15m or PT1H',
    );
  });

  it('when the secrets are missing and a value is bad, then every problem is reported at once', () => {
    expect(problemKeys({ PTPU_CONSUMER_CONCURENCY: '4', PTPU_DLQ_MAX_REDRIVES: '0' }).sort()).toEqual([
      'OAUTH_CLIENT_ID',
      'OAUTH_CLIENT_SECRET',
      'PTPU_DLQ_MAX_REDRIVES',
    ]);
  });
});
