import type { components as CommunityApi } from './generated/community-api';
import type { components as HmppsAuth } from './generated/hmpps-auth';
import type { components as OffenderSearch } from './generated/offender-search';
import type { components as PrisonApi } from './generated/prison-api';

// The bodies the sandbox and the msw handlers serve most.
export type InmateDetail = PrisonApi['schemas']['InmateDetail'];
export type SentenceCalcDates = PrisonApi['schemas']['SentenceCalcDates'];
export type OffenderSentenceTerms = PrisonApi['schemas']['OffenderSentenceTerms'];
export type PrisonOffenderIdentifier = PrisonApi['schemas']['OffenderIdentifier'];
export type PrisonerDetail = PrisonApi['schemas']['PrisonerDetail'];
export type PrisonMovement = PrisonApi['schemas']['Movement'];
export type WireOffenderMatches = OffenderSearch['schemas']['OffenderMatches'];
export type WireOffenderDetail = OffenderSearch['schemas']['OffenderDetail'];
export type WireConviction = CommunityApi['schemas']['Conviction'];
export type WireCustody = CommunityApi['schemas']['Custody'];
export type WireIds = CommunityApi['schemas']['IDs'];
export type WireCommunityOffenderDetail = CommunityApi['schemas']['OffenderDetail'];
export type TokenResponse = HmppsAuth['schemas']['TokenResponse'];
export type JsonWebKeySet = HmppsAuth['schemas']['JsonWebKeySet'];
