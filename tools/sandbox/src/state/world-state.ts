import { parseDuration } from '@ptpu/domain';
import type { Agency, Booking, Prisoner, World } from '../world/world.schema';
import { type DeliusCaseRecord, isRecorded } from './delius-records';

/**
 * One loaded world, indexed the way the upstreams look things up. prison-api only reads NOMIS (the admin API
 * changes a booking's dates and movements in place); the Delius records are the sandbox's mutable state.
 */
export class WorldState {
  private readonly agencies: Map<string, Agency>;
  private readonly prisonerList: readonly Prisoner[];
  private readonly bookings: Map<number, { prisoner: Prisoner; booking: Booking }>;
  private readonly cases: DeliusCaseRecord[];

  constructor(world: World, loadedAt: Date) {
    this.agencies = new Map(world.agencies.map((agency) => [agency.agencyId, agency]));
    this.prisonerList = world.prisoners;
    this.bookings = new Map(
      world.prisoners.flatMap((prisoner) =>
        prisoner.bookings.map((booking) => [booking.bookingId, { prisoner, booking }] as const),
      ),
    );
    this.cases = structuredClone(world.deliusCases).map(({ convictions, ...deliusCase }) => ({
      ...deliusCase,
      convictions: convictions.map(({ appearsAfter, ...conviction }) =>
        appearsAfter === undefined
          ? conviction
          : {
              ...conviction,
              appearsAt: new Date(loadedAt.getTime() + parseDuration(appearsAfter)).toISOString(),
            },
      ),
    }));
  }

  agency(agencyId: string | undefined): Agency | undefined {
    return agencyId === undefined ? undefined : this.agencies.get(agencyId);
  }

  /** The Delius institution of a NOMIS prison code, as community-api resolves `nomsPrisonInstitutionCode`. */
  institutionFor(nomsPrisonCode: string): Agency | undefined {
    const agency = this.agencies.get(nomsPrisonCode);
    return agency?.delius === undefined ? undefined : agency;
  }

  prisoners(): readonly Prisoner[] {
    return this.prisonerList;
  }

  booking(bookingId: number): { prisoner: Prisoner; booking: Booking } | undefined {
    return this.bookings.get(bookingId);
  }

  deliusCases(): readonly DeliusCaseRecord[] {
    return this.cases;
  }

  deliusCase(crn: string): DeliusCaseRecord | undefined {
    return this.cases.find((deliusCase) => deliusCase.crn === crn);
  }

  casesWithNomsNumber(nomsNumber: string): DeliusCaseRecord[] {
    const wanted = nomsNumber.trim().toUpperCase();
    return this.cases.filter((deliusCase) => deliusCase.otherIds.nomsNumber?.toUpperCase() === wanted);
  }

  /** The events community-api can see now: one recorded later in the world stays invisible until then. */
  recordedConvictions(deliusCase: DeliusCaseRecord, now: Date): DeliusCaseRecord['convictions'] {
    return deliusCase.convictions.filter((conviction) => isRecorded(conviction, now));
  }
}
