import SwaggerParser from '@apidevtools/swagger-parser';
import { openApiDocumentPath, type UpstreamApiName } from '../src';

/** Exactly the operations the service calls (and the sandbox serves), by document. */
const expectedOperations: Record<UpstreamApiName, string[]> = {
  'prison-api': [
    'GET /api/bookings/{bookingId}',
    'GET /api/bookings/{bookingId}/sentenceDetail',
    'GET /api/offender-sentences/booking/{bookingId}/sentenceTerms',
    'GET /api/bookings/{bookingId}/identifiers',
    'GET /api/prisoners',
    'GET /api/bookings/{bookingId}/movement/{sequenceNumber}',
    'GET /health/ping',
  ],
  'offender-search': ['POST /match', 'GET /health/ping'],
  'community-api': [
    'GET /secure/offenders/crn/{crn}/convictions',
    'GET /secure/offenders/crn/{crn}/all',
    'GET /secure/offenders/nomsNumber/{nomsNumber}/all',
    'PUT /secure/offenders/crn/{crn}/nomsNumber',
    'PUT /secure/offenders/nomsNumber/{originalNomsNumber}/nomsNumber',
    'PUT /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber',
    'GET /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNumber}',
    'PUT /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNumber}',
    'POST /secure/offenders/nomsNumber/{nomsNumber}/bookingNumber/{bookingNumber}/custody/keyDates',
    'GET /health/ping',
  ],
  'hmpps-auth': ['POST /oauth/token', 'GET /.well-known/jwks.json', 'GET /health/ping'],
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe.each(Object.entries(expectedOperations))('%s OpenAPI document', (name, operations) => {
  it('is valid OpenAPI and describes exactly the operations the service calls', async () => {
    const api = await SwaggerParser.validate(openApiDocumentPath(name as UpstreamApiName));
    const described = Object.entries(api.paths ?? {}).flatMap(([path, item]) =>
      METHODS.filter((m) => item && m in item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual([...operations].sort());
  });
});
