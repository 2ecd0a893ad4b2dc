import type { components as CommunityApi } from './generated/community-api';
import type { components as HmppsAuth } from './generated/hmpps-auth';
import type { components as OffenderSearch } from './generated/offender-search';
import type { components as PrisonApi } from './generated/prison-api';

/** Schemas by name, e.g. `PrisonApiSchemas['InmateDetail']`. */
type PrisonApiSchemas = PrisonApi['schemas'];
type OffenderSearchSchemas = OffenderSearch['schemas'];
type CommunityApiSchemas = CommunityApi['schemas'];
type HmppsAuthSchemas = HmppsAuth['schemas'];

// The bodies the sandbox and the msw handlers serve most.
export type InmateDetail = PrisonApiSchemas['InmateDetail'];
export type SentenceCalcDates = PrisonApiSchemas['SentenceCalcDates'];
export type OffenderSentenceTerms = PrisonApiSchemas['OffenderSentenceTerms'];
export type PrisonOffenderIdentifier = PrisonApiSchemas['OffenderIdentifier'];
export type PrisonerDetail = PrisonApiSchemas['PrisonerDetail'];
export type PrisonMovement = PrisonApiSchemas['Movement'];
export type WireOffenderMatches = OffenderSearchSchemas['OffenderMatches'];
export type WireOffenderDetail = OffenderSearchSchemas['OffenderDetail'];
export type WireConviction = CommunityApiSchemas['Conviction'];
export type WireCustody = CommunityApiSchemas['Custody'];
export type WireIds = CommunityApiSchemas['IDs'];
export type WireCommunityOffenderDetail = CommunityApiSchemas['OffenderDetail'];
export type TokenResponse = HmppsAuthSchemas['TokenResponse'];
export type JsonWebKeySet = HmppsAuthSchemas['JsonWebKeySet'];
