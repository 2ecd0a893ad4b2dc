import { Router } from '@koa/router';
import { createCapturingLogger } from '../testing/capturing-logger';
import { addLogContext } from '../logging/create-logger';
import { createOpsApp } from './create-ops-app';
import { HttpError } from './http-error';
import { createMetricsRegistry } from './ops-routes';
import { startHttpServer, type RunningHttpServer } from './start-http-server';

describe('request handling shared by every app', () => {
  let server: RunningHttpServer;
  let lines: Record<string, unknown>[];

  beforeEach(async () => {
    const capture = createCapturingLogger();
    lines = capture.lines;
    const app = createOpsApp({
      info: { name: 'reports', version: '0' },
      health: [],
      registry: createMetricsRegistry(),
      logger: capture.logger,
    });
    const router = new Router();
    router.get('/things/:id', (ctx) => (ctx.body = { id: ctx.params.id }));
    router.get('/missing/:id', (ctx) => ctx.throw(404, `No thing ${ctx.params.id}`));
    router.get('/business', () => {
      throw new HttpError(409, 'already retried', { code: 'QUEUE.ALREADY_RETRIED' });
    });
    router.get('/broken', () => {
      addLogContext({ principal: 'ops-user' });
      throw new Error('DynamoDB exploded', { cause: new Error('socket hang up') });
    });
    router.get('/unavailable', () => {
      throw new HttpError(503, 'JWKS unreachable');
    });
    app.use(router.routes());
    server = await startHttpServer(app, 0, capture.logger);
  });
  afterEach(() => server.close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    return {
      status: response.status,
      headers: response.headers,
      body: await response.json().catch(() => undefined),
    };
  };
  const errorLines = () => lines.filter((line) => line.level === 'error');

  it('shows a business error with its message and code, without logging it as a fault', async () => {
    expect(await get('/missing/7')).toMatchObject({
      status: 404,
      body: { status: 404, userMessage: 'No thing 7' },
    });
    expect((await get('/business')).body).toEqual({
      status: 409,
      userMessage: 'already retried',
      errorCode: 'QUEUE.ALREADY_RETRIED',
    });
    expect(errorLines()).toEqual([]);
  });

  it('hides a fault behind a generic 500 and logs it once, with its cause and the request context', async () => {
    const response = await get('/broken', { 'x-request-id': 'req-123' });

    expect(response.status).toBe(500);
    expect(response.body).toEqual({ status: 500, userMessage: 'Internal Server Error' });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(errorLines()).toEqual([
      expect.objectContaining({
        msg: 'request failed',
        requestId: 'req-123',
        principal: 'ops-user',
        route: '/broken',
        err: expect.objectContaining({
          message: 'DynamoDB exploded',
          cause: expect.objectContaining({ message: 'socket hang up' }),
        }),
      }),
    ]);
  });

  it('keeps the 5xx a fault asks for, still without its message', async () => {
    expect(await get('/unavailable')).toMatchObject({
      status: 503,
      body: { status: 503, userMessage: 'Service Unavailable' },
    });
    expect(errorLines()).toHaveLength(1);
  });

  it('makes up a request id when the caller sends none or a strange one', async () => {
    const none = await get('/things/1');
    const strange = await get('/things/1', { 'x-request-id': 'has spaces and "quotes"' });

    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(strange.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('labels request durations with the matched route template, never the raw path', async () => {
    await get('/things/123');
    await get('/things/456');
    await get('/broken');
    await get('/nowhere/789');

    const metrics = await (await fetch(`${server.url}/prometheus`)).text();

    expect(metrics).toContain(
      'http_request_duration_seconds_count{method="GET",route="/things/:id",status="200"} 2',
    );
    expect(metrics).toContain(
      'http_request_duration_seconds_count{method="GET",route="/broken",status="500"} 1',
    );
    expect(metrics).toContain(
      'http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1',
    );
    expect(metrics).not.toMatch(/route="\/(things\/123|nowhere)/);
  });
});
