import { ReportsUnderTest } from './support/reports-under-test';

const reports = new ReportsUnderTest();

beforeAll(() => reports.start('bad-parameters'));
afterAll(() => reports.stop());

describe('bad query parameters', () => {
  it.each([
    [
      '/report/not-matched?daysOld=seven',
      'daysOld',
      'daysOld must be a whole number of days from 0 to 36500, got "seven"',
    ],
    ['/report/not-matched?daysOld=-1', 'daysOld', 'daysOld must be a whole number'],
    ['/report/not-matched?daysOld=1&daysOld=2', 'daysOld', 'daysOld was given 2 times; give it once'],
    ['/report/match-summary?slaDays=1.5', 'slaDays', 'slaDays must be a whole number'],
    [
      '/report/match-summary?createdDateEndDateTime=2026-13-01T00:00:00',
      'createdDateEndDateTime',
      'createdDateEndDateTime must be a London date-time',
    ],
    [
      '/report/processed?processedDateStartDateTime=2026-01-01T10:00:00Z',
      'processedDateStartDateTime',
      'without an offset',
    ],
    [
      '/report/processed?createdDateStartDateTime=2026-01-01',
      'createdDateStartDateTime',
      'yyyy-MM-ddTHH:mm:ss',
    ],
    [
      '/report/processed?eventType=PRISONER_RELEASED',
      'eventType',
      'eventType must be one of IMPRISONMENT_STATUS-CHANGED',
    ],
    ['/report/processed?locationId=', 'locationId', 'locationId is empty'],
    ['/report/processed?locationID=MDI', 'locationID', 'unknown parameter locationID'],
    [
      '/report/processed?createdDateStartDateTime=2026-01-02T00:00:00&createdDateEndDateTime=2026-01-01T00:00:00',
      'createdDateEndDateTime',
      'createdDateEndDateTime must be later than createdDateStartDateTime',
    ],
    ['/report/in-progress?daysOld=3', 'daysOld', 'unknown parameter daysOld: this report takes none'],
  ])('when %s, then 400 naming %s', async (path, _parameter, message) => {
    const response = await reports.get(path);

    expect(response.status).toBe(400);
    const body = (await response.json()) as { status: number; userMessage: string; errorCode: string };
    expect(body).toEqual({
      status: 400,
      userMessage: expect.stringContaining(message),
      errorCode: 'REPORT.BAD_PARAMETER',
    });
  });

  it('when several parameters are wrong, then one 400 names them all', async () => {
    const response = await reports.get('/report/match-summary?slaDays=x&locationId=M%20DI');

    expect(((await response.json()) as { userMessage: string }).userMessage).toMatch(
      /^slaDays must be .*; locationId must be /,
    );
  });
});
