import { MATCHED_BY, type CandidateOffender, type MatchedBy, type OffenderMatches } from '@ptpu/domain';
import type { components } from '../generated/offender-search';
import { pickPresent, requireArray, requireFields } from '../http/require-fields';
import { invalidResponse, type CallContext } from '../http/to-system-error';
import { toOffenderIds } from '../mappers/offender-ids.mapper';

type Schemas = components['schemas'];

export function toOffenderMatches(
  ctx: CallContext,
  body: Schemas['OffenderMatches'] | undefined,
): OffenderMatches {
  const m = requireFields(ctx, body, ['matchedBy', 'matches']);
  if (!(MATCHED_BY as readonly string[]).includes(m.matchedBy)) {
    throw invalidResponse(ctx, `unknown matchedBy ${m.matchedBy}`);
  }
  return {
    matchedBy: m.matchedBy as MatchedBy,
    matches: requireArray(ctx, m.matches).map((match) => ({ offender: toCandidate(ctx, match.offender) })),
  };
}

function toCandidate(ctx: CallContext, offender: Schemas['OffenderDetail'] | undefined): CandidateOffender {
  const o = requireFields(ctx, offender, ['otherIds']);
  return {
    otherIds: toOffenderIds(ctx, o.otherIds),
    ...pickPresent(o, ['firstName', 'surname', 'dateOfBirth']),
  };
}
