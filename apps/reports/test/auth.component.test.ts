import { ReportsUnderTest } from './support/reports-under-test';

const reports = new ReportsUnderTest();
const ROLE = 'ROLE_PTPU_REPORT';

beforeAll(() => reports.start('auth'));
afterAll(() => reports.stop());

const ENDPOINTS = [
  '/report/in-progress',
  '/report/not-matched',
  '/report/processed',
  '/report/match-summary',
];

const BAD_TOKENS: [string, () => Promise<string | null>][] = [
  ['no token', async () => null],
  ['an expired token', () => reports.issuer.mintExpired({ authorities: [ROLE] })],
  ['a token signed by another key', () => reports.issuer.mintWithOtherKey({ authorities: [ROLE] })],
  [
    'a token from another issuer',
    () => reports.issuer.mint({ authorities: [ROLE], issuer: 'https://evil.example/auth/issuer' }),
  ],
  ['an unsigned (alg: none) token', async () => reports.issuer.mintUnsigned({ authorities: [ROLE] })],
];

describe.each(ENDPOINTS)('GET %s', (endpoint) => {
  it.each(BAD_TOKENS)('when called with %s, then 401', async (_, mint) => {
    const response = await reports.get(endpoint, await mint());

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('when the token lacks the report role, then 403', async () => {
    const response = await reports.get(
      endpoint,
      await reports.issuer.mint({ authorities: ['ROLE_PTPU_QUEUE_ADMIN'] }),
    );

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ status: 403, userMessage: `Role ${ROLE} is required` });
  });

  it('when the token carries the report role, then 200', async () => {
    const response = await reports.get(
      endpoint,
      await reports.issuer.mint({ authorities: ['ROLE_OTHER', ROLE] }),
    );

    expect(response.status).toBe(200);
  });

  it('when bad parameters come without a token, then 401 before anything else', async () => {
    expect((await reports.get(`${endpoint}?daysOld=x&nonsense=1`, null)).status).toBe(401);
  });
});
