import { Counter } from 'prom-client';
import { createCapturingLogger } from '../testing/capturing-logger';
import { createOpsApp } from './create-ops-app';
import type { HealthComponent } from './health';
import { appInfo } from './ops-routes';
import { createMetricsRegistry } from './metrics-registry';
import { startHttpServer, type RunningHttpServer } from './start-http-server';

const info = { name: 'processor', version: '1.2.3', buildNumber: '2024-06-01.42', gitRef: 'abc123' };
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
  afterEach(() => server?.close());

  async function start(health: HealthComponent[], registry = createMetricsRegistry()) {
    const { logger } = createCapturingLogger();
    server = await startHttpServer(createOpsApp({ info, health, registry, logger }), 0, logger);
    return server;
  }
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
      details: { error: 'ResourceNotFoundException' },
    });
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
      details: { error: 'health check communityApi did not finish within 50ms' },
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

  it('shows the build on /info', async () => {
    await start([]);

    expect(await getJson('/info')).toEqual({ status: 200, body: info });
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
