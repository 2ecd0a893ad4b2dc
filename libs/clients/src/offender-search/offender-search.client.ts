import { MATCHED_BY, type MatchedBy, type OffenderSearch } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/offender-search';
import { pickPresent, receive, requireArray, requireFields } from '../http/read-answer';
import { invalidResponse } from '../http/to-system-error';
import type { FetchFn } from '../http/upstream-fetch';
import { toOffenderIds } from '../community-api/community-api.client';

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
      const answer = await receive(ctx, () => client.POST('/match', { body }));
      const { matchedBy, matches } = requireFields(ctx, answer, ['matchedBy', 'matches']);
      if (!(MATCHED_BY as readonly string[]).includes(matchedBy)) {
        throw invalidResponse(ctx, `unknown matchedBy ${matchedBy}`);
      }
      return {
        matchedBy: matchedBy as MatchedBy,
        matches: requireArray(ctx, matches).map((match) => {
          const offender = requireFields(ctx, match.offender, ['otherIds']);
          return {
            offender: {
              otherIds: toOffenderIds(ctx, offender.otherIds),
              ...pickPresent(offender, ['firstName', 'surname', 'dateOfBirth']),
            },
          };
        }),
      };
    },
  };
}
