import { messageTableHealth } from '../src/health/message-table-health';
import { ReportsUnderTest } from './support/reports-under-test';

const reports = new ReportsUnderTest();

beforeAll(() => reports.start('health'));
afterAll(() => reports.stop());

describe('health', () => {
  it('when the table, its report indexes and the JWKS are there, then /health is UP with both components', async () => {
    const response = await reports.get('/health', null);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'UP',
      components: {
        messageTable: {
          status: 'UP',
          details: {
            tableName: reports.messageTable,
            tableStatus: 'ACTIVE',
            'pending-by-state': 'ACTIVE',
            'by-event-type': 'ACTIVE',
            'processed-by-day': 'ACTIVE',
          },
        },
        jwks: { status: 'UP' },
      },
    });
  });

  it('then readiness checks only the message table, never the upstream JWKS', async () => {
    const response = await reports.get('/health/readiness', null);

    expect(Object.keys(((await response.json()) as { components: object }).components)).toEqual([
      'messageTable',
    ]);
  });

  it('when the table does not exist, then the check fails', async () => {
    await expect(
      messageTableHealth(reports.client, `${reports.messageTable}-missing`).check(),
    ).rejects.toMatchObject({
      code: 'AWS.REQUEST_REJECTED',
    });
  });
});
