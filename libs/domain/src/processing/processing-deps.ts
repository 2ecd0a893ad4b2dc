import type { Clock } from '../ports/clock.port';
import type { PendingWork } from '../ports/pending-work.port';
import type { TelemetrySink } from '../ports/telemetry.port';
import type { CommunityApi, OffenderSearch, PrisonApi } from '../ports/upstreams.port';
import type { DomainEventPublisher } from './owed-events';

export interface ProcessingSettings {
  /** `PRISONTOPROBATION_ONLY_PRISONS`; empty means every prison. */
  interestedPrisons: readonly string[];
  /** `PRISONTOPROBATION_DRY_RUN`: every read and decision, but no Delius write and no domain event. */
  dryRun: boolean;
  /** How long after its intent a Delius write may still land: `PTPU_LOCK_LEASE` + `PTPU_HTTP_TIMEOUT`. */
  writeMayLandForMs: number;
}

export interface Upstreams {
  prisonApi: PrisonApi;
  offenderSearch: OffenderSearch;
  communityApi: CommunityApi;
}

/** Everything `processBooking` works through; the processor, the retrier and the admin endpoints build it alike. */
export interface ProcessingDeps<Claim> extends Upstreams {
  work: PendingWork<Claim>;
  domainEvents: DomainEventPublisher;
  telemetry: TelemetrySink;
  clock: Clock;
  settings: ProcessingSettings;
}
