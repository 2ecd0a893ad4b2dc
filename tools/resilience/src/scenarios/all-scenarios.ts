import type { AppProcess } from '../stack/app-process';
import type { Scenario, ScenarioContext } from './scenario';
import { sandboxBursts } from './fault-bursts';

const WINDOW_MS = 9_000;
const NOMS_WRITE = '/secure/offenders/crn/{crn}/nomsNumber';
const HOLDER_LOOKUP = '/secure/offenders/nomsNumber/{noms}/all';

function faultScenario(
  name: string,
  summary: string,
  inject: Scenario['inject'],
  sizes: Partial<Pick<Scenario, 'bookings' | 'events' | 'publishOverMs' | 'settleWithinMs'>> = {},
): Scenario {
  return {
    name,
    summary,
    inject,
    bookings: 60,
    events: 90,
    publishOverMs: 8_000,
    settleWithinMs: 60_000,
    ...sizes,
  };
}

/** Every scenario of the suite, in the order a full run takes them. */
export const ALL_SCENARIOS: Scenario[] = [
  faultScenario(
    'upstream-5xx',
    'bursts of 500/502/503 from every upstream, before the call is handled',
    (c) =>
      sandboxBursts(c, WINDOW_MS, (_, random) => ({ path: '/**', status: random.pick([500, 502, 503]) })),
  ),
  {
    ...faultScenario(
      'all-channels',
      'classic events, their domain event twins and probation events for every case, under bursts of upstream 500s',
      (c) => sandboxBursts(c, WINDOW_MS, () => ({ path: '/**', status: 500 })),
    ),
    channels: 'all',
  },
  faultScenario('connection-resets', 'bursts of connections reset before an answer', (c) =>
    sandboxBursts(c, WINDOW_MS, () => ({ path: '/**', reset: true })),
  ),
  faultScenario(
    'slow-answers',
    'bursts of answers slower than the client timeout (the call is still handled)',
    (c) =>
      sandboxBursts(c, WINDOW_MS, () => ({
        path: '/**',
        delayMs: c.stack.settings.httpTimeoutMs + c.random.between(200, 800),
      })),
  ),
  faultScenario('apply-then-500', 'NOMS-number and custody writes applied, then answered 500', async (c) => {
    await sandboxBursts(
      c,
      WINDOW_MS,
      (_, random) => ({
        method: 'PUT',
        path: random.next() < 0.7 ? NOMS_WRITE : '/secure/offenders/nomsNumber/{noms}/custody/**',
        status: 500,
        afterApply: true,
      }),
      ['communityApi'],
    );
  }),
  faultScenario(
    'late-write-lands',
    'every second NOMS-number write held by community-api past the lease and the write timeout, then applied just after a holder lookup',
    async (c) => {
      const { leaseMs, httpTimeoutMs } = c.stack.settings;
      // Lands after its caller timed out and its next attempt may have looked: only once this much has passed
      // can the write an intent recorded no longer be on its way. From the start, so no write slips past it.
      const holdMs = leaseMs + httpTimeoutMs + c.random.between(500, 2_000);
      const id = c.stack.sandbox.admin.addFault({
        upstream: 'communityApi',
        method: 'PUT',
        path: NOMS_WRITE,
        holdMs,
        // ...and lands between a lookup and the decision made on it: just after the next holder lookup.
        landAfter: HOLDER_LOOKUP,
        share: 0.5,
      });
      c.note(
        `0 ms: every second NOMS number write held ${holdMs} ms, then applied after the next holder lookup, for ${WINDOW_MS} ms`,
      );
      await c.at(WINDOW_MS);
      c.stack.sandbox.admin.removeFault(id);
      // The request log has a held write once it lands: the checks wait for the last of them.
      await c.at(WINDOW_MS + holdMs + 5_000);
    },
  ),
  faultScenario(
    'token-down',
    'the HMPPS Auth token endpoint answers 503 for seconds at a time',
    async (c) => {
      let t = c.random.between(0, 1_000);
      while (t < WINDOW_MS) {
        await c.at(t);
        const lastsMs = c.random.between(2_000, 4_000);
        const id = c.stack.sandbox.admin.addFault({
          upstream: 'auth',
          path: '/auth/oauth/token',
          status: 503,
        });
        c.note(`${t} ms: token endpoint 503 for ${lastsMs} ms`);
        t += lastsMs;
        await c.at(t);
        c.stack.sandbox.admin.removeFault(id);
        t += c.random.between(500, 1_500);
      }
    },
  ),
  faultScenario('dynamodb-throttling', 'a share of DynamoDB calls answered 400 throttling', async (c) => {
    let t = c.random.between(0, 500);
    while (t < WINDOW_MS) {
      await c.at(t);
      const share = c.random.between(30, 70) / 100;
      const lastsMs = c.random.between(1_500, 3_000);
      c.stack.dynamoProxy.refuse({ share });
      c.note(`${t} ms: DynamoDB throttles share ${share} for ${lastsMs} ms`);
      t += lastsMs;
      await c.at(t);
      c.stack.dynamoProxy.clear();
      t += c.random.between(0, 1_000);
    }
  }),
  faultScenario('sqs-sns-outage', 'connections to SQS and SNS refused for seconds at a time', async (c) => {
    let t = c.random.between(500, 2_000);
    while (t < WINDOW_MS) {
      await c.at(t);
      const lastsMs = c.random.between(3_000, 6_000);
      await c.stack.messagingProxy.refuse();
      c.note(`${t} ms: SQS/SNS refuse connections for ${lastsMs} ms`);
      t += lastsMs;
      await c.at(t);
      await c.stack.messagingProxy.restore();
      t += c.random.between(1_000, 3_000);
    }
  }),
  faultScenario(
    'kill-9',
    'kill -9 of one instance of each app at seeded points, restarted after',
    async (c) => {
      const victims = (['validator', 'processor', 'retrier'] as const).map((app) => ({
        process: c.random.pick(c.stack.appsOf(app)),
        atMs: c.random.between(1_000, WINDOW_MS),
        downMs: c.random.between(300, 2_000),
      }));
      await Promise.all(
        victims.map(async ({ process, atMs, downMs }) => {
          await c.at(atMs);
          await process.kill9();
          c.note(`${atMs} ms: kill -9 ${process.podName}, restarted after ${downMs} ms`);
          await c.at(atMs + downMs);
          await process.start();
        }),
      );
    },
  ),
  faultScenario(
    'sigstop-past-lease',
    'the processor working bookings frozen (SIGSTOP) past its lease, twice, then thawed; community-api slow, so it is mid-booking',
    async (c) => {
      const latency = c.stack.sandbox.admin.addFault({ upstream: 'communityApi', path: '/**', delayMs: 300 });
      let t = c.random.between(2_500, 4_000);
      for (let freeze = 0; freeze < 2; freeze += 1) {
        await c.at(t);
        const processor = latestClaimHolder(c) ?? c.random.pick(c.stack.appsOf('processor'));
        const frozenMs = c.stack.settings.leaseMs + c.random.between(1_000, 3_000);
        processor.pause();
        c.note(`${t} ms: SIGSTOP ${processor.podName} (latest to take a claim) for ${frozenMs} ms`);
        t += frozenMs;
        await c.at(t);
        processor.resume();
        t += c.random.between(500, 1_500);
      }
      c.stack.sandbox.admin.removeFault(latency);
    },
    { bookings: 80, events: 100 },
  ),
  faultScenario(
    'burst-20k',
    '20,000 events on 1,000 bookings published as fast as the emulator takes them',
    async () => undefined,
    {
      bookings: 1_000,
      events: 20_000,
      publishOverMs: 0,
      settleWithinMs: 15 * 60_000,
    },
  ),
];

/** The processor that took the latest booking claim: the one a freeze catches mid-booking. */
function latestClaimHolder(c: ScenarioContext): AppProcess | undefined {
  c.stack.evidence.collect();
  const latest = c.stack.evidence.claimsTaken.at(-1);
  // Owners are `<pod name>/<job>/<instance id>`.
  const podName = latest?.owner.split('/')[0];
  return c.stack.appsOf('processor').find((processor) => processor.podName === podName);
}

/** The scenarios `npm test` runs (test/short-run.test.ts): each ends in well under a minute on two cores. */
export const SHORT_RUN = ['all-channels', 'apply-then-500', 'kill-9', 'sqs-sns-outage', 'sigstop-past-lease'];
