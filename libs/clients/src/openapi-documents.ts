import path from 'node:path';

/** The upstream OpenAPI documents this library is generated from (and the sandbox serves). */
export type UpstreamApiName = 'prison-api' | 'offender-search' | 'community-api' | 'hmpps-auth';

/** Absolute path of an upstream's OpenAPI document, for tools that run from source (the sandbox). */
export function openApiDocumentPath(name: UpstreamApiName): string {
  return path.resolve(__dirname, '..', 'openapi', `${name}.yaml`);
}
