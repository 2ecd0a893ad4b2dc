import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedRequest } from '@ptpu/sandbox';
import { accountEvents } from './checks/accounting';
import { checkAnnouncements, type DomainEventSeen } from './checks/announced-writes';
import { appliedNomsWrites, isDeliusWrite } from './checks/delius-writes';
import { findLateWrites } from './checks/late-writes';
import type { ScenarioResult } from './checks/scenario-result';
import { bookingRange, casesOf, resilienceWorld } from './events/resilience-world';
import { publishEvents } from './events/publish-events';
import { domainTwinsOf, scenarioEvents, type EventToPublish } from './events/scenario-events';
import { scanRows } from './observe/message-rows';
import { deadLetterMessageId, domainEventOf, drainQueue, queueDepth } from './observe/queue-evidence';
import { sabotage, type Sabotage } from './sabotage';
import type { Scenario } from './scenarios/scenario';
import { SeededRandom } from './seeded-random';
import type { ResilienceStack } from './stack/resilience-stack';
import type { BookingRange } from './events/resilience-world';

/** Runs one scenario on a running stack: its own bookings, its events, its faults, then the accounting. */
export async function runScenario(
  stack: ResilienceStack,
  scenario: Scenario,
  scenarioIndex: number,
  seed: number,
  log: (line: string) => void = () => undefined,
  sabotages: readonly Sabotage[] = [],
): Promise<ScenarioResult> {
  const random = new SeededRandom(seed ^ hash(scenario.name));
  const range = bookingRange(scenarioIndex + 1, scenario.bookings);
  const world = resilienceWorld(range);
  stack.sandbox.admin.loadWorld(world);
  stack.sandbox.admin.clearRequests();
  const classic = scenarioEvents(range, scenario.events, random);
  const allChannels = scenario.channels === 'all';
  const twins = allChannels ? domainTwinsOf(classic) : [];

  const deliusWrites: RecordedRequest[] = [];
  const deadLetterIds: string[] = [];
  const domainEvents: DomainEventSeen[] = [];
  const claimsBefore = stack.evidence.claimsTaken.length;
  // Only Delius writes are kept; every other request is dropped as it is read, so a burst holds little.
  const harvest = async () => {
    for (const request of stack.sandbox.admin.takeRequests())
      if (isDeliusWrite(request)) deliusWrites.push(request);
    stack.evidence.collect();
    for (const message of await drainQueue(stack.aws.sqs, stack.messaging.dlqUrl)) {
      const id = deadLetterMessageId(message);
      if (id !== undefined) deadLetterIds.push(id);
    }
    for (const message of await drainQueue(stack.aws.sqs, stack.domainEventsQueueUrl)) {
      const event = domainEventOf(message);
      if (event !== undefined) domainEvents.push(event);
    }
  };

  const notes: string[] = [];
  const started = Date.now();
  const context = {
    stack,
    random,
    at: async (ms: number) => {
      const wait = started + ms - Date.now();
      if (wait > 0) await sleep(wait);
    },
    note: (line: string) => notes.push(line),
  };
  log(
    `${scenario.name}: ${scenario.summary} (${classic.length + twins.length} events, ${range.count} bookings, seed ${seed})`,
  );
  const { offenderEventsTopicArn, domainEventsTopicArn } = stack.messaging;
  const publishing = Promise.all([
    publishPaced(stack, offenderEventsTopicArn, classic, scenario.publishOverMs),
    publishPaced(stack, domainEventsTopicArn, twins, scenario.publishOverMs),
    allChannels ? publishProbationEvents(stack, range, scenario.publishOverMs) : undefined,
  ]).then(([classicIds, twinIds]) => [...classicIds, ...twinIds]);
  const injecting = scenario.inject(context);
  let harvesting = true;
  const harvester = (async () => {
    while (harvesting) {
      await harvest().catch(() => undefined);
      await sleep(1_000);
    }
  })();
  const [published] = await Promise.all([publishing, injecting]);
  await stack.clearFaults();
  for (const kind of sabotages) await sabotage(kind, stack, world, claimsBefore);
  const faultsEnded = Date.now();
  harvesting = false;
  await harvester;

  let recoveredMs: number | undefined;
  let rows = await scanRows(stack.aws.dynamodb, stack.tables.messageTable);
  const deadline = faultsEnded + scenario.settleWithinMs;
  while (Date.now() < deadline) {
    await harvest();
    if ((await queueDepth(stack.aws.sqs, stack.messaging.queueUrl)) === 0) {
      rows = await scanRows(stack.aws.dynamodb, stack.tables.messageTable);
      const accounting = accountEvents(published, rows, stack.evidence.ignores, deadLetterIds);
      if (accounting.lost.length === 0 && !rows.some((row) => row.pending)) {
        recoveredMs = Date.now() - faultsEnded;
        break;
      }
    }
    await sleep(1_000);
  }
  // Domain events are published before the write that ends a row's attempt, so one more drain sees them all.
  await sleep(1_500);
  await harvest();
  rows = await scanRows(stack.aws.dynamodb, stack.tables.messageTable);

  const accounting = accountEvents(published, rows, stack.evidence.ignores, deadLetterIds);
  const nomsWrites = appliedNomsWrites(deliusWrites);
  const claims = stack.evidence.claimsTaken.slice(claimsBefore);
  const { late, claimedWrites } = findLateWrites(deliusWrites, stack.evidence.claimsTaken);
  const result: ScenarioResult = {
    scenario: scenario.name,
    accounting,
    nomsWrites,
    announcements: checkAnnouncements(nomsWrites, domainEvents),
    late,
    claimedWrites,
    deliusWrites: deliusWrites.length,
    faultedWrites: {
      total: deliusWrites.filter((write) => write.fault !== null).length,
      applied: deliusWrites.filter((write) => write.fault?.applied === true).length,
    },
    writeCallers: [...new Set(deliusWrites.map((write) => write.caller ?? '(none)'))].sort(),
    claimsTaken: claims.length,
    recoveredMs,
    pendingRows: rows.filter((row) => row.pending).length,
    ...(allChannels && {
      probationEventsLeft:
        (await queueDepth(stack.aws.sqs, stack.probationMessaging.probationQueueUrl)) +
        (await queueDepth(stack.aws.sqs, stack.probationMessaging.probationDlqUrl)),
      repeatedNomsWrites: repeatedWrites(nomsWrites.map((write) => `${write.crn}|${write.nomsNumber}`)),
    }),
    notes,
  };
  return result;
}

/**
 * A `SENTENCE_CHANGED` for every booking's case, spread over `overMs` as the other channels' events are: each
 * either works the bookings waiting on the case (under their claims, racing the processors and the tiers) or
 * finds nobody waiting.
 */
async function publishProbationEvents(stack: ResilienceStack, range: BookingRange, overMs: number) {
  const events: EventToPublish[] = casesOf(range).map(({ crn, nomsNumber }, i) => ({
    eventNo: i,
    eventType: 'SENTENCE_CHANGED',
    message: JSON.stringify({ offenderId: i, crn, nomsNumber, sourceId: i }),
  }));
  await publishPaced(stack, stack.probationMessaging.probationEventsTopicArn, events, overMs);
}

/** How many keys occur more than once. */
function repeatedWrites(keys: readonly string[]): number {
  return keys.length - new Set(keys).size;
}

/** Publishes the events in batches spread evenly over `overMs` (all at once when 0). */
async function publishPaced(
  stack: ResilienceStack,
  topic: string,
  events: Parameters<typeof publishEvents>[2],
  overMs: number,
) {
  if (events.length === 0) return [];
  if (overMs <= 0) return publishEvents(stack.aws.sns, topic, events);
  const waves = Math.max(1, Math.min(events.length, Math.round(overMs / 500)));
  const perWave = Math.ceil(events.length / waves);
  const started = Date.now();
  const published = [];
  for (let wave = 0; wave < waves; wave += 1) {
    const due = started + wave * (overMs / waves) - Date.now();
    if (due > 0) await sleep(due);
    published.push(
      ...(await publishEvents(stack.aws.sns, topic, events.slice(wave * perWave, (wave + 1) * perWave))),
    );
  }
  return published;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}
