/** The systems the sandbox stands in for, one port each. */
export const UPSTREAMS = ['auth', 'prisonApi', 'communityApi', 'offenderSearch'] as const;
export type UpstreamName = (typeof UPSTREAMS)[number];
