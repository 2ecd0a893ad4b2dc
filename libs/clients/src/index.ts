export * from './create-upstream-clients';
export * from './auth/hmpps-auth-token-provider';
export * from './health/upstream-health';
export { createUpstreamCallMetrics, type UpstreamCallRecorder } from './http/upstream-call-metrics';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy';
export { createUpstreamFetch, type FetchFn, type UpstreamFetchOptions } from './http/upstream-fetch';
export type { WriteGate, WritePolicy } from './http/write-gate';
export * from './prison-api/prison-api.client';
export * from './offender-search/offender-search.client';
export * from './community-api/community-api.client';
export * from './openapi-documents';

// Wire types generated from openapi/*.yaml, for code that speaks the upstreams' language (the sandbox).
export type * from './wire-schemas';
