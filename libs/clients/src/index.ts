export * from './create-upstream-clients';
export * from './upstream-clients-from-config';
export * from './auth/token-provider';
export * from './auth/hmpps-auth-token-provider';
export * from './health/upstream-health';
export * from './health/upstream-health-components';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy';
export { createUpstreamFetch, type FetchFn, type UpstreamFetchOptions } from './http/upstream-fetch';
export * from './prison-api/prison-api.client';
export * from './offender-search/offender-search.client';
export * from './community-api/community-api.client';
export * from './openapi-documents';

// Wire types generated from openapi/*.yaml, for code that speaks the upstreams' language (the sandbox).
export type {
  paths as PrisonApiPaths,
  components as PrisonApiComponents,
  operations as PrisonApiOperations,
} from './generated/prison-api';
export type {
  paths as OffenderSearchPaths,
  components as OffenderSearchComponents,
  operations as OffenderSearchOperations,
} from './generated/offender-search';
export type {
  paths as CommunityApiPaths,
  components as CommunityApiComponents,
  operations as CommunityApiOperations,
} from './generated/community-api';
export type {
  paths as HmppsAuthPaths,
  components as HmppsAuthComponents,
  operations as HmppsAuthOperations,
} from './generated/hmpps-auth';
export type * from './wire-schemas';
