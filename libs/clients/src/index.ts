export * from './create-upstream-clients';
export * from './auth/hmpps-auth-token-provider';
export * from './health/upstream-health';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy';
export { createUpstreamCallMetrics, createUpstreamFetch } from './http/upstream-fetch';
export type { WriteGate, WritePolicy } from './http/write-gate';
export * from './prison-api/prison-api.client';
export * from './offender-search/offender-search.client';
export * from './community-api/community-api.client';
export * from './openapi-documents';

// Wire types generated from openapi/*.yaml, for code that speaks the upstreams' language (the sandbox).
export type * from './wire-schemas';
