import { SystemError } from '@ptpu/domain';
import { Counter } from 'prom-client';
import { createCapturingLogger } from '../testing/capturing-logger';
import { createOpsApp } from './create-ops-app';
import type { HealthComponent } from './health';
import { appInfo, createMetricsRegistry } from './ops-routes';
import { startHttpServer, type RunningHttpServer } from './start-http-server';

const info = appInfo('processor', {
  BUILD_NUMBER: '2024-06-01.42',
  GIT_REF: 'abc123',
  GIT_BRANCH: 'main',
  PRODUCT_ID: 'DPS999',
});
const up = (name: string, readiness: boolean): HealthComponent => ({
  name,
  readiness,
  check: async () => ({ status: 'UP', details: { tableName: `${name}-table` } }),
});
const down = (name: string, readiness: boolean): HealthComponent => ({
  name,
  readiness,
  check: async () => ({ status: 'DOWN', details: { HttpStatus: 'SERVICE_UNAVAILABLE' } }),
});

describe('ops app', () => {
  let server: RunningHttpServer | undefined;
  let logLines: Record<string, unknown>[] = [];
  afterEach(() => server?.close());

  async function start(health: HealthComponent[], registry = createMetricsRegistry(), shownInfo = info) {
    const { logger, lines } = createCapturingLogger();
    logLines = lines;
    server = await startHttpServer(createOpsApp({ info: shownInfo, health, registry, logger }), 0, logger);
    return server;
  }
  const downLines = () => logLines.filter((line) => line.msg === 'health component DOWN');
  const get = async (path: string) => {
    const response = await fetch(`${server?.url}${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  };
  const getJson = async (path: string) => {
    const { status, body } = await get(path);
    return { status, body: JSON.parse(body) };
  };

  it('reports UP with every component when all are UP', async () => {
    await start([up('messageTable', true), up('prisonApi', false)]);

    expect(await getJson('/health')).toEqual({
      status: 200,
      body: {
        status: 'UP',
        components: {
          messageTable: { status: 'UP', details: { tableName: 'messageTable-table' } },
          prisonApi: { status: 'UP', details: { tableName: 'prisonApi-table' } },
          // Spring's component, as the original showed it: HMPPS tooling reads the version here.
          healthInfo: { status: 'UP', details: { version: '2024-06-01.42' } },
        },
      },
    });
  });

  it('answers 503 DOWN when any component is DOWN or throws', async () => {
    const broken: HealthComponent = {
      name: 'scheduleTable',
      readiness: true,
      check: () => Promise.reject(new Error('ResourceNotFoundException')),
    };
    await start([up('messageTable', true), down('prisonApi', false), broken]);

    const { status, body } = await getJson('/health');

    expect(status).toBe(503);
    expect(body.status).toBe('DOWN');
    expect(body.components.prisonApi).toEqual({
      status: 'DOWN',
      details: { HttpStatus: 'SERVICE_UNAVAILABLE' },
    });
    expect(body.components.scheduleTable).toEqual({
      status: 'DOWN',
      details: { errorCode: 'HEALTH.CHECK_FAILED' },
    });
  });

  it('logs each DOWN component once, by name, and no UP one', async () => {
    const broken: HealthComponent = {
      name: 'scheduleTable',
      readiness: true,
      check: () => Promise.reject(new Error('ResourceNotFoundException')),
    };
    await start([up('messageTable', true), down('prisonApi', false), broken]);

    await getJson('/health');

    expect(downLines()).toEqual([
      expect.objectContaining({
        level: 'warn',
        component: 'prisonApi',
        details: { HttpStatus: 'SERVICE_UNAVAILABLE' },
      }),
      expect.objectContaining({
        level: 'warn',
        component: 'scheduleTable',
        details: { errorCode: 'HEALTH.CHECK_FAILED' },
        err: expect.objectContaining({ message: 'ResourceNotFoundException' }),
      }),
    ]);
  });

  it('shows a failed AWS call as its code only, and logs the message that names the account and the ARN', async () => {
    const arn = 'arn:aws:sns:eu-west-2:123456789012:cloud-platform-Digital-Prison-Services-domain-events';
    const denied: HealthComponent = {
      name: 'domaineventtopic-health',
      readiness: true,
      check: () =>
        Promise.reject(
          new SystemError(
            `describe topic ${arn} failed: AuthorizationErrorException: User: arn:aws:sts::123456789012:assumed-role/ptpu is not authorized to perform: SNS:GetTopicAttributes on resource: ${arn}`,
            { code: 'AWS.REQUEST_REJECTED', retryable: false },
          ),
        ),
    };
    await start([up('messageTable', true), denied]);

    const health = await get('/health');
    const readiness = await get('/health/readiness');

    for (const { status, body } of [health, readiness]) {
      expect(status).toBe(503);
      expect(JSON.parse(body).components['domaineventtopic-health']).toEqual({
        status: 'DOWN',
        details: { errorCode: 'AWS.REQUEST_REJECTED' },
      });
      expect(body).not.toContain('123456789012');
      expect(body).not.toContain('arn:aws');
      expect(body).not.toContain('not authorized');
    }
    expect(downLines()).toHaveLength(2);
    expect(downLines()[0]).toMatchObject({
      component: 'domaineventtopic-health',
      err: { message: expect.stringContaining(`${arn} failed: AuthorizationErrorException`) },
    });
  });

  it('keeps a DOWN result’s cause out of the body and logs it', async () => {
    const refused: HealthComponent = {
      name: 'communityApiHealth',
      readiness: false,
      check: async () => ({
        status: 'DOWN',
        details: { errorCode: 'UPSTREAM.NETWORK' },
        cause: new Error('connect ECONNREFUSED 10.12.0.7:8080'),
      }),
    };
    await start([refused]);

    const { body } = await get('/health');

    expect(JSON.parse(body).components.communityApiHealth).toEqual({
      status: 'DOWN',
      details: { errorCode: 'UPSTREAM.NETWORK' },
    });
    expect(body).not.toContain('10.12.0.7');
    expect(downLines()).toEqual([
      expect.objectContaining({
        component: 'communityApiHealth',
        err: expect.objectContaining({ message: 'connect ECONNREFUSED 10.12.0.7:8080' }),
      }),
    ]);
  });

  it('counts a hanging component as DOWN after its time limit instead of hanging /health', async () => {
    const hanging: HealthComponent = {
      name: 'communityApi',
      readiness: false,
      timeoutMs: 50,
      check: () => new Promise(() => undefined),
    };
    await start([up('messageTable', true), hanging]);

    const started = performance.now();
    const { status, body } = await getJson('/health');

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(status).toBe(503);
    expect(body.components.communityApi).toEqual({
      status: 'DOWN',
      details: { errorCode: 'PLATFORM.TIME_LIMIT' },
    });
  });

  it('judges readiness on the readiness components only, so an upstream outage keeps pods in service', async () => {
    await start([up('messageTable', true), down('prisonApi', false)]);

    expect(await getJson('/health/readiness')).toEqual({
      status: 200,
      body: { status: 'UP', components: { messageTable: expect.objectContaining({ status: 'UP' }) } },
    });
    expect((await getJson('/health')).status).toBe(503);
  });

  it('fails readiness when one of the app’s own resources is DOWN', async () => {
    await start([down('messageTable', true), up('prisonApi', false)]);

    expect((await getJson('/health/readiness')).status).toBe(503);
  });

  it('answers ping and liveness UP whatever the components say', async () => {
    await start([down('messageTable', true)]);

    expect(await getJson('/health/ping')).toEqual({ status: 200, body: { status: 'UP' } });
    expect(await getJson('/health/liveness')).toEqual({ status: 200, body: { status: 'UP' } });
  });

  it('shows the build on /info in the shape HMPPS tooling reads, with the uptime in seconds', async () => {
    await start([]);

    expect(await getJson('/info')).toEqual({
      status: 200,
      body: {
        name: 'processor',
        version: '2024-06-01.42',
        buildNumber: '2024-06-01.42',
        gitRef: 'abc123',
        build: {
          artifact: 'ptpu-processor',
          name: 'ptpu-processor',
          version: '2024-06-01.42',
          buildNumber: '2024-06-01.42',
          gitRef: 'abc123',
        },
        git: { branch: 'main', commit: { id: 'abc123' } },
        productId: 'DPS999',
        uptime: Math.floor(process.uptime()),
      },
    });
  });

  it('shows null on /info for what a local run does not know', async () => {
    await start([], createMetricsRegistry(), appInfo('reports', {}));
    const { body } = await getJson('/info');

    expect(body).toMatchObject({ version: 'dev', git: { branch: null }, productId: null });
  });

  it('serves the app registry on /prometheus in the Prometheus text format', async () => {
    const registry = createMetricsRegistry();
    const processed = new Counter({
      name: 'messages_processed_total',
      help: 'test',
      labelNames: ['outcome'],
      registers: [registry],
    });
    processed.inc({ outcome: 'ack' }, 3);
    await start([], registry);

    const { status, type, body } = await get('/prometheus');

    expect(status).toBe(200);
    expect(type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(body).toContain('messages_processed_total{outcome="ack"} 3');
    expect(body).toContain('process_cpu_user_seconds_total');
  });
});

describe('appInfo', () => {
  it('when the pipeline stamped a build, then its number is the version', () => {
    expect(appInfo('processor', { BUILD_NUMBER: '2026-11-28.7', GIT_REF: 'abc123' })).toEqual({
      name: 'processor',
      version: '2026-11-28.7',
      buildNumber: '2026-11-28.7',
      gitRef: 'abc123',
    });
  });

  it('when run locally without a build, then the version is dev', () => {
    expect(appInfo('reports', {})).toEqual({
      name: 'reports',
      version: 'dev',
      buildNumber: undefined,
      gitRef: undefined,
    });
  });
});
