import type { Clock } from '@ptpu/domain';
import type { FaultInjector, FaultView } from '../faults/fault-injector';
import { type FaultSpec, faultSpecSchema } from '../faults/fault-spec';
import { InvalidFaultError } from '../faults/invalid-fault.error';
import type { RecordedRequest, RequestFilter, RequestLog } from '../requests/request-log';
import type { DeliusCaseRecord } from '../state/delius-records';
import { WorldState } from '../state/world-state';
import { parseWorld } from '../world/parse-world';
import type { SentenceDateField } from '../world/date-fields';
import type { Booking, Movement, WorldInput } from '../world/world.schema';

/** A movement as an admin records it: the sequence is the booking's next. */
type NewMovement = Omit<Movement, 'sequence'>;

/** Control of a running sandbox; the admin HTTP endpoints call exactly these. */
export interface SandboxAdmin {
  /** Replaces the whole world (NOMIS and Delius); throws WorldValidationError listing every problem. */
  loadWorld(world: WorldInput): void;
  /** A copy of a Delius case as it is now, including events not yet recorded (with `appearsAt`). */
  deliusState(crn: string): DeliusCaseRecord | undefined;
  /** Records now every event of the case that the world said would appear later; undefined for an unknown CRN. */
  revealConvictions(crn: string): DeliusCaseRecord | undefined;
  /**
   * Sets a case's NOMS number, or clears it (`undefined`), as the probation team would in Delius; undefined
   * for an unknown CRN.
   */
  setNomsNumber(crn: string, nomsNumber: string | undefined): DeliusCaseRecord | undefined;
  /**
   * NOMIS recalculating a booking's sentence dates: each date given replaces the booking's, each `null` removes
   * it; the sentence detail as it is now, or undefined for an unknown booking.
   */
  changeSentenceDates(
    bookingId: number,
    dates: Partial<Record<SentenceDateField, string | null>>,
  ): Booking['sentenceDetail'] | undefined;
  /**
   * NOMIS recording a movement of a booking (the next sequence): an admission puts the prisoner in its prison, a
   * transfer out in transit (`TRN`), a release out. The movement as recorded, or undefined for an unknown booking.
   */
  recordMovement(bookingId: number, movement: NewMovement): Movement | undefined;
  /** The requests the upstreams received, oldest first. */
  requests(filter?: RequestFilter): RecordedRequest[];
  /** The matching requests, oldest first, removed from the log in the same step (a poller misses none). */
  takeRequests(filter?: RequestFilter): RecordedRequest[];
  clearRequests(): void;
  /** Adds a fault and returns its id; throws InvalidFaultError for a fault that cannot be injected. */
  addFault(fault: FaultSpec): string;
  faults(): FaultView[];
  /** Ends one fault, so a burst can stop while others go on; false for an unknown (or used up) id. */
  removeFault(id: string): boolean;
  clearFaults(): void;
}

export interface SandboxAdminDeps {
  holder: { current: WorldState };
  requestLog: RequestLog;
  faults: FaultInjector;
  clock: Clock;
}

export function createSandboxAdmin({ holder, requestLog, faults, clock }: SandboxAdminDeps): SandboxAdmin {
  return {
    loadWorld(world) {
      holder.current = new WorldState(parseWorld(world), clock.now());
    },
    deliusState(crn) {
      const deliusCase = holder.current.deliusCase(crn);
      return deliusCase === undefined ? undefined : structuredClone(deliusCase);
    },
    revealConvictions(crn) {
      const deliusCase = holder.current.deliusCase(crn);
      if (deliusCase === undefined) return undefined;
      for (const conviction of deliusCase.convictions) delete conviction.appearsAt;
      return structuredClone(deliusCase);
    },
    setNomsNumber(crn, nomsNumber) {
      const deliusCase = holder.current.deliusCase(crn);
      if (deliusCase === undefined) return undefined;
      if (nomsNumber === undefined) delete deliusCase.otherIds.nomsNumber;
      else deliusCase.otherIds.nomsNumber = nomsNumber;
      return structuredClone(deliusCase);
    },
    changeSentenceDates(bookingId, dates) {
      const booking = holder.current.booking(bookingId)?.booking;
      if (booking === undefined) return undefined;
      for (const [field, date] of Object.entries(dates) as [SentenceDateField, string | null][]) {
        if (date === null) delete booking.sentenceDetail[field];
        else booking.sentenceDetail[field] = date;
      }
      return structuredClone(booking.sentenceDetail);
    },
    recordMovement(bookingId, movement) {
      const booking = holder.current.booking(bookingId)?.booking;
      if (booking === undefined) return undefined;
      const sequence = Math.max(0, ...booking.movements.map((m) => m.sequence)) + 1;
      const recorded = { ...movement, sequence };
      booking.movements.push(recorded);
      booking.agencyId = agencyAfter(booking.agencyId, recorded);
      return structuredClone(recorded);
    },
    requests: (filter) => requestLog.list(filter),
    takeRequests: (filter) => requestLog.take(filter),
    clearRequests: () => requestLog.clear(),
    addFault(fault) {
      const parsed = faultSpecSchema.safeParse(fault);
      if (!parsed.success) {
        throw new InvalidFaultError(
          parsed.error.issues.map((i) => `${i.path.join('.') || 'fault'}: ${i.message}`),
        );
      }
      return faults.add(parsed.data);
    },
    faults: () => faults.list(),
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),
  };
}

/** Where NOMIS says the prisoner is after a movement: its prison on admission, `TRN` or `OUT` on leaving. */
function agencyAfter(agencyId: string, movement: Movement): string {
  if (movement.movementType === 'ADM' && movement.toAgency) return movement.toAgency;
  if (movement.movementType === 'TRN' && movement.directionCode === 'OUT') return 'TRN';
  if (movement.movementType === 'REL') return 'OUT';
  return agencyId;
}
