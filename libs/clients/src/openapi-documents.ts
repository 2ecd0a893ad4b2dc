import path from 'node:path';

/** The upstreams, named as their OpenAPI documents (libs/clients/openapi) and the `upstream` label. */
export const UPSTREAM_APIS = ['prison-api', 'offender-search', 'community-api', 'hmpps-auth'] as const;
export type UpstreamApiName = (typeof UPSTREAM_APIS)[number];

/** Absolute path of an upstream's OpenAPI document, for tools that run from source (the sandbox). */
export function openApiDocumentPath(name: UpstreamApiName): string {
  return path.resolve(__dirname, '..', 'openapi', `${name}.yaml`);
}
