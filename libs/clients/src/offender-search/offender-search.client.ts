import type { OffenderSearch } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/offender-search';
import { receive } from '../http/send';
import type { FetchFn } from '../http/upstream-fetch';
import { toOffenderMatches } from './offender-search.mapper';

/** probation-offender-search over HTTP. `fetch` carries the token and timeout; POST /match is never retried. */
export function createOffenderSearchClient(options: { baseUrl: string; fetch: FetchFn }): OffenderSearch {
  const client = createClient<paths>(options);
  return {
    async match(request) {
      const ctx = { upstream: 'offender-search', operation: 'match' };
      // Absent identifiers go as JSON null, as the original sent them, so the request says "not known".
      const body = {
        surname: request.surname,
        firstName: request.firstName ?? null,
        dateOfBirth: request.dateOfBirth ?? null,
        pncNumber: request.pncNumber ?? null,
        croNumber: request.croNumber ?? null,
        nomsNumber: request.nomsNumber ?? null,
        activeSentence: request.activeSentence,
      };
      return toOffenderMatches(ctx, await receive(ctx, () => client.POST('/match', { body })));
    },
  };
}
