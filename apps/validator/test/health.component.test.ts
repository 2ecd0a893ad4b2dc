import { startValidatorStack, type ValidatorStack } from './support/validator-stack';

/** Health: /health, /health/readiness and /info as operators and Kubernetes see them. */
describe('validator: health', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({ label: 'health', maxReceiveCount: 3 });
  });
  afterEach(() => stack.sandbox.admin.clearFaults());
  afterAll(() => stack.close());

  interface HealthBody {
    status: string;
    components: Record<string, { status: string; details?: Record<string, unknown> }>;
  }
  const get = async (path: string) => {
    const response = await fetch(`${stack.url()}${path}`);
    return { status: response.status, body: (await response.json()) as HealthBody };
  };

  it('when everything is reachable, then /health is UP with the queue, table and upstream components', async () => {
    const { status, body } = await get('/health');

    expect(status).toBe(200);
    expect(body.status).toBe('UP');
    expect(body.components['prisoneventqueue-health']).toEqual({
      status: 'UP',
      details: {
        queueName: stack.messaging.queueName,
        messagesOnQueue: 0,
        messagesInFlight: 0,
        dlqName: stack.messaging.dlqName,
        dlqStatus: 'UP',
        messagesOnDlq: 0,
        maxReceiveCount: 3,
      },
    });
    expect(body.components.messageTable).toMatchObject({
      status: 'UP',
      details: { tableName: stack.tables.messageTable, tableStatus: 'ACTIVE' },
    });
    expect(body.components.prisonApiHealth.status).toBe('UP');
    expect(body.components.OAuthApiHealth.status).toBe('UP');
  });

  it('when prison-api is down, then /health is DOWN but the pod stays ready', async () => {
    stack.sandbox.admin.addFault({ upstream: 'prisonApi', path: '/health/ping', status: 503 });

    const health = await get('/health');
    const readiness = await get('/health/readiness');

    expect(health.status).toBe(503);
    expect(health.body.components.prisonApiHealth).toMatchObject({
      status: 'DOWN',
      details: { httpStatus: 503 },
    });
    expect(readiness.status).toBe(200);
    expect(Object.keys(readiness.body.components).sort()).toEqual([
      'messageTable',
      'prisoneventqueue-health',
    ]);
  });

  it('when /info is asked, then it names the validator', async () => {
    expect(await get('/info')).toMatchObject({ status: 200, body: { name: 'validator' } });
  });

  // Last: it takes the redrive policy away from this suite's queue.
  it('when the queue has no redrive policy, then /health and readiness are DOWN and say why', async () => {
    await stack.removeRedrivePolicy();

    const health = await get('/health');
    const readiness = await get('/health/readiness');

    expect(health.status).toBe(503);
    expect(health.body.components['prisoneventqueue-health']).toMatchObject({
      status: 'DOWN',
      details: { dlqStatus: 'DOWN', errorCode: 'QUEUE.NO_REDRIVE_POLICY' },
    });
    expect(JSON.stringify(health.body)).not.toContain('arn:');
    expect(readiness.status).toBe(503);
  });
});
