import { createUpstreamClients } from '@ptpu/clients';
import { everyKeptRow, processBooking, type ProcessingDeps, type RowSelector } from '@ptpu/domain';
import type { Sandbox } from '@ptpu/sandbox';
import { SnsDomainEventPublisher } from '@ptpu/domain-topic';
import type { DynamoLocks, HeldLock } from '@ptpu/store';
import type { RetrierUnderTest } from './retrier-under-test';

/** When the processor held a booking's claim and worked it (real time, ms). */
export interface ClaimInterval {
  bookingId: number;
  from: number;
  to: number;
}

/**
 * A processor pod as far as claims go: the processor's building blocks (a booking claim under its own owner,
 * then the shared processing use case) over the retrier's tables, calling upstreams in `sandbox`. Works the
 * given bookings `concurrency` at a time and reports when it held each claim and which it found taken. By
 * default it attempts every kept row, so that both sides really work the same rows at once; `select:
 * firstTimeRows` makes it take what the real processor takes.
 */
export async function runSimulatedProcessor(
  retrier: RetrierUnderTest,
  sandbox: Sandbox,
  bookingIds: readonly number[],
  options: { locks: DynamoLocks; concurrency: number; select?: RowSelector },
): Promise<{ worked: ClaimInterval[]; claimedElsewhere: number[] }> {
  const upstreams = createUpstreamClients({
    prisonApiUrl: sandbox.urls.prisonApi,
    offenderSearchUrl: sandbox.urls.offenderSearch,
    communityApiUrl: sandbox.urls.communityApi,
    authUrl: sandbox.urls.auth,
    ...sandbox.clientCredentials,
    timeoutMs: 5_000,
  });
  const deps: ProcessingDeps<HeldLock> = {
    prisonApi: upstreams.prisonApi,
    offenderSearch: upstreams.offenderSearch,
    communityApi: upstreams.communityApi,
    work: retrier.repository(),
    domainEvents: new SnsDomainEventPublisher({ client: retrier.aws.sns, topicArn: retrier.domainTopicArn }),
    telemetry: { trackEvent: () => undefined },
    clock: retrier.clock,
    settings: { interestedPrisons: [], dryRun: false, writeMayLandForMs: 60_000 },
  };
  const worked: ClaimInterval[] = [];
  const claimedElsewhere: number[] = [];
  const queue = [...bookingIds];
  const worker = async () => {
    for (let bookingId = queue.shift(); bookingId !== undefined; bookingId = queue.shift()) {
      const result = await options.locks.withClaim(bookingId, async (claim) => {
        const from = Date.now();
        // As workBooking does: Delius is written only under the claim's write gate.
        const underClaim = { ...deps, communityApi: upstreams.communityApiUnder(claim.writeGate) };
        await processBooking(bookingId, claim, underClaim, {
          select: options.select ?? everyKeptRow,
          signal: claim.signal,
        });
        worked.push({ bookingId, from, to: Date.now() });
      });
      if (result === 'skipped') claimedElsewhere.push(bookingId);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { worked, claimedElsewhere };
}
