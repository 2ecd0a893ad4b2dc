import { z } from 'zod';
import { ConfigError } from './config-error';
import { boolean, duration, integer, secret, url } from './config-fields';
import { loadConfig, summariseConfig, warnUnreadVariables, type ConfigSchema } from './load-config';
import {
  commonShape,
  deriveOauthIssuer,
  inboundAuthShape,
  interestedPrisonsShape,
  upstreamApisShape,
} from './shared-config';

const schema = z
  .object({
    ...commonShape(8082),
    ...inboundAuthShape,
    ...upstreamApisShape,
    ...interestedPrisonsShape,
    PTPU_LOCK_LEASE: duration().prefault('2m'),
    PTPU_PAGE_SIZE: integer({ min: 1, max: 1000 }).prefault('100'),
    PRISONTOPROBATION_DRY_RUN: boolean().prefault('false'),
  })
  .transform(deriveOauthIssuer);

const secrets = { OAUTH_CLIENT_ID: 'ptpu-client', OAUTH_CLIENT_SECRET: 'hunter2' };

function problemsOf(env: Record<string, string>, target: ConfigSchema = schema) {
  try {
    loadConfig(target, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the local defaults', () => {
    const config = loadConfig(schema, secrets);

    expect(config).toMatchObject({
      PORT: 8082,
      AWS_REGION: 'eu-west-2',
      DYNAMODB_TABLENAME: 'ptpu-messages',
      DYNAMODB_SCHEDULE_TABLENAME: 'ptpu-schedule',
      OAUTH_ENDPOINT_URL: 'http://127.0.0.1:8090/auth',
      PRISONTOPROBATION_ONLY_PRISONS: [],
      PTPU_HTTP_TIMEOUT: 10_000,
      PTPU_LOCK_LEASE: 120_000,
      PTPU_PAGE_SIZE: 100,
      PROVISION_LOCAL_RESOURCES: false,
      PRISONTOPROBATION_DRY_RUN: false,
      LOG_LEVEL: 'info',
    });
    expect(config.AWS_ENDPOINT_URL).toBeUndefined();
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).toBeUndefined();
  });

  it('reports every bad key in one error, with its value and what is expected', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      PTPU_LOCK_LEASE: '2 minutes',
      PTPU_PAGE_SIZE: '0',
      PRISONTOPROBATION_DRY_RUN: 'yes',
      AWS_ENDPOINT_URL: 'localhost:4566',
      LOG_LEVEL: 'loud',
    });

    expect(problems).toEqual([
      { key: 'PORT', problem: '"eighty": expected a whole number from 0 to 65535' },
      {
        key: 'AWS_ENDPOINT_URL',
        problem: expect.stringMatching(/^"localhost:4566": expected an absolute http\(s\) URL/),
      },
      {
        key: 'LOG_LEVEL',
        problem: expect.stringMatching(/^"loud": expected one of fatal, error, warn, info/),
      },
      { key: 'OAUTH_CLIENT_ID', problem: 'is required; expected the HMPPS Auth client id' },
      { key: 'OAUTH_CLIENT_SECRET', problem: 'is required; expected a non-empty secret' },
      { key: 'PTPU_LOCK_LEASE', problem: '"2 minutes": expected a duration such as 500ms, 15m or PT1H' },
      { key: 'PTPU_PAGE_SIZE', problem: '"0": expected a whole number from 1 to 1000' },
      { key: 'PRISONTOPROBATION_DRY_RUN', problem: `"yes": expected 'true' or 'false'` },
    ]);
  });

  it('puts every problem in the error message', () => {
    expect(() => loadConfig(schema, { PORT: 'x' })).toThrow(
      /Invalid configuration \(3 problems\):\n {2}- PORT: .*\n {2}- OAUTH_CLIENT_ID: .*\n {2}- OAUTH_CLIENT_SECRET: /,
    );
  });

  it('does not refuse a PTPU_ variable the schema does not read: another app’s, or a typo (warned of)', () => {
    expect(() =>
      loadConfig(schema, { ...secrets, PTPU_LOCK_LEAS: '5m', PTPU_CONSUMER_CONCURRENCY: 'x' }),
    ).not.toThrow();
  });

  it('ignores variables that are not ours', () => {
    expect(() => loadConfig(schema, { ...secrets, HOME: '/root', AWS_PROFILE: 'x' })).not.toThrow();
  });

  it('derives OAUTH_ISSUER from OAUTH_ENDPOINT_URL unless it is set', () => {
    const derived = loadConfig(schema, { ...secrets, OAUTH_ENDPOINT_URL: 'https://sign-in.example/auth/' });
    const explicit = loadConfig(schema, { ...secrets, OAUTH_ISSUER: 'https://issuer.example' });

    expect(derived.OAUTH_ENDPOINT_URL).toBe('https://sign-in.example/auth');
    expect(derived.OAUTH_ISSUER).toBe('https://sign-in.example/auth/issuer');
    expect(explicit.OAUTH_ISSUER).toBe('https://issuer.example');
  });

  it.each([
    ['0m', 0],
    ['500ms', 500],
    ['90s', 90_000],
    ['PT1H', 3_600_000],
    ['PT1M30S', 90_000],
  ])('reads the duration %s as %d ms', (text, ms) => {
    expect(loadConfig(schema, { ...secrets, PTPU_LOCK_LEASE: text }).PTPU_LOCK_LEASE).toBe(ms);
  });

  it('reads comma lists trimmed, and treats an empty value as unset', () => {
    const config = loadConfig(schema, {
      ...secrets,
      PRISONTOPROBATION_ONLY_PRISONS: ' LEI, MDI ,,',
      PORT: '',
    });

    expect(config.PRISONTOPROBATION_ONLY_PRISONS).toEqual(['LEI', 'MDI']);
    expect(config.PORT).toBe(8082);
  });

  it('never echoes a secret value, even when it is the wrong shape', () => {
    const secretSchema = z.object({
      TOKEN: secret().pipe(z.string().min(10, 'expected at least 10 characters')),
    });

    expect(() => loadConfig(secretSchema, { TOKEN: 'short-pw' })).toThrow(
      /TOKEN: expected at least 10 characters$/,
    );
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig(schema, secrets);

    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.PRISONTOPROBATION_ONLY_PRISONS)).toBe(true);
  });

  describe('a secret never travels in clear', () => {
    const urls = {
      OAUTH_ENDPOINT_URL: 'https://sign-in.hmpps.service.justice.gov.uk/auth',
      PRISON_ENDPOINT_URL: 'https://prison-api.prison.service.justice.gov.uk',
      OFFENDER_SEARCH_ENDPOINT_URL: 'https://probation-offender-search.hmpps.service.justice.gov.uk',
      COMMUNITY_ENDPOINT_URL: 'https://community-api-secure.probation.service.justice.gov.uk',
    };
    const upstreamSchema = z.object({ ...commonShape(8082), ...upstreamApisShape });
    const deployed = { ...secrets, ...urls };

    it('when deployed with https everywhere, then the config loads', () => {
      expect(loadConfig(upstreamSchema, deployed).COMMUNITY_ENDPOINT_URL).toBe(urls.COMMUNITY_ENDPOINT_URL);
    });

    it.each(Object.keys(urls))('when deployed with %s on http://, then it is refused', (key) => {
      const problems = problemsOf({ ...deployed, [key]: 'http://upstream.example' }, upstreamSchema);

      expect(problems).toEqual([{ key, problem: expect.stringMatching(/expected https:\/\//) }]);
    });

    it.each(['http://127.0.0.1:8096', 'http://localhost:8096', 'http://[::1]:8096'])(
      'when deployed with a loopback address (%s), then plain HTTP is allowed',
      (local) => {
        expect(() =>
          loadConfig(upstreamSchema, { ...deployed, COMMUNITY_ENDPOINT_URL: local }),
        ).not.toThrow();
      },
    );

    it('on a local stack (PROVISION_LOCAL_RESOURCES=true), then plain HTTP is allowed, as compose uses it', () => {
      const compose = {
        ...deployed,
        PROVISION_LOCAL_RESOURCES: 'true',
        OAUTH_ENDPOINT_URL: 'http://sandbox:8090/auth',
      };

      expect(() => loadConfig(upstreamSchema, compose)).not.toThrow();
    });

    it('when PTPU_HTTP_TIMEOUT is 0, then it is refused', () => {
      expect(problemsOf({ ...deployed, PTPU_HTTP_TIMEOUT: '0s' }, upstreamSchema)).toEqual([
        { key: 'PTPU_HTTP_TIMEOUT', problem: expect.stringContaining('expected a timeout above 0') },
      ]);
    });
  });

  it('accepts only absolute http(s) URLs', () => {
    const urlSchema = z.object({ TARGET: url() });

    expect(() => loadConfig(urlSchema, { TARGET: 'ftp://example' })).toThrow(
      /TARGET: "ftp:\/\/example": expected/,
    );
  });
});

describe('summariseConfig', () => {
  it('shows whether secrets are set but never their values', () => {
    const config = loadConfig(schema, { ...secrets, AWS_SECRET_ACCESS_KEY: 'aws-secret' });
    const summary = summariseConfig(schema, config);

    expect(summary).toMatchObject({
      OAUTH_CLIENT_ID: 'ptpu-client',
      OAUTH_CLIENT_SECRET: '(set)',
      AWS_SECRET_ACCESS_KEY: '(set)',
    });
    expect(summary.APPLICATIONINSIGHTS_CONNECTION_STRING).toBeUndefined();
    expect(JSON.stringify(summary)).not.toMatch(/hunter2|aws-secret/);
  });
});

// The reports app's schema: the smallest app, so nearly every other service variable is another app's.
const reportsSchema = z.object({ ...commonShape(8084), ...inboundAuthShape });

/** What the other three apps alone read, as one shared environment would hold it. */
const otherAppsEnv = {
  PTPU_CONSUMER_CONCURRENCY: '4',
  PTPU_LOCK_LEASE: '30s',
  PRISONTOPROBATION_DRY_RUN: 'true',
  RETRY_SCHEDULES_SHORT_CRON: '0 0 * * * *',
  OAUTH_CLIENT_SECRET: 'hunter2',
};

function warnings(schema: ConfigSchema, env: Record<string, string>) {
  const lines: { fields: object; message: string }[] = [];
  warnUnreadVariables({ warn: (fields, message) => lines.push({ fields, message }) }, schema, env);
  return lines;
}

describe('an environment the apps share', () => {
  it('accepts and ignores the variables the app does not read, whatever their values', () => {
    const config = loadConfig(reportsSchema, { ...otherAppsEnv, PTPU_PAGE_SIZE: 'not a number' });

    expect(config).not.toHaveProperty('PTPU_CONSUMER_CONCURRENCY');
    expect(config).not.toHaveProperty('PTPU_PAGE_SIZE');
    expect(config).not.toHaveProperty('OAUTH_CLIENT_SECRET');
  });

  it('warns once of the PTPU_ variables the app does not read, suggesting its own nearest name, never a value', () => {
    const lines = warnings(schema, { ...otherAppsEnv, PTPU_HTTP_TIMEOU: '5s', HOME: '/root' });

    expect(lines).toEqual([
      {
        message: 'this app does not read these PTPU_ variables: another app’s, or a typo',
        fields: {
          unreadVariables: ['PTPU_CONSUMER_CONCURRENCY', 'PTPU_HTTP_TIMEOU'],
          didYouMean: { PTPU_HTTP_TIMEOU: 'PTPU_HTTP_TIMEOUT' },
        },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });

  it('warns of nothing when every PTPU_ variable set is the app’s own, or empty', () => {
    expect(
      warnings(reportsSchema, { LOG_LEVEL: 'debug', PTPU_LOCK_LEASE: '', RETRY_SCHEDULES_SHORT_CRON: 'x' }),
    ).toEqual([]);
  });

  it('leaves variables that are not the service’s alone', () => {
    expect(() => loadConfig(reportsSchema, { HOME: '/root', PRISONTOPROBATION_OTHER: 'x' })).not.toThrow();
  });
});
