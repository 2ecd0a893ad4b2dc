import type { WireCommunityOffenderDetail, WireConviction, WireCustody } from '@ptpu/clients';
import { optional } from '../../http/optional-field';
import { type ConvictionRecord, type DeliusCaseRecord, offenderDetailOf } from '../../state/delius-records';
import type { WorldState } from '../../state/world-state';
import type { DeliusCustody } from '../../world/world.schema';

/** How community-api shapes Delius offenders, events and custody records (libs/clients/openapi/community-api.yaml). */

/** The offender detail community-api answers the NOMS-number lookup with. */
export function offenderDetailView(deliusCase: DeliusCaseRecord, now: Date): WireCommunityOffenderDetail {
  return offenderDetailOf(deliusCase, now);
}

export function convictionView(world: WorldState, conviction: ConvictionRecord): WireConviction {
  return {
    convictionId: conviction.convictionId,
    index: conviction.index,
    active: conviction.active,
    inBreach: false,
    failureToComplyCount: 0,
    awaitingPsr: false,
    ...optional('convictionDate', conviction.convictionDate),
    ...optional('referralDate', conviction.referralDate),
    offences: [],
    ...(conviction.sentence === undefined ? {} : { sentence: { ...conviction.sentence } }),
    ...(conviction.custody === undefined
      ? {}
      : { custody: custodyView(world, conviction, conviction.custody) }),
  };
}

export function custodyView(
  world: WorldState,
  conviction: ConvictionRecord,
  custody: DeliusCustody,
): WireCustody {
  return {
    ...optional('bookingNumber', custody.bookingNumber),
    ...optional('institution', institutionView(world, custody.institution)),
    keyDates: { ...custody.keyDates },
    status: { ...custody.status },
    ...optional('sentenceStartDate', conviction.sentence?.startDate),
  };
}

function institutionView(world: WorldState, agencyId: string | undefined): WireCustody['institution'] {
  const agency = agencyId === undefined ? undefined : world.institutionFor(agencyId);
  if (agency?.delius === undefined) return undefined;
  return {
    institutionId: agency.delius.institutionId,
    isEstablishment: true,
    code: agency.delius.code,
    description: agency.description,
    institutionName: agency.description,
    ...optional('establishmentType', agency.delius.establishmentType),
    isPrivate: agency.delius.isPrivate,
    nomsPrisonInstitutionCode: agency.agencyId,
  };
}
