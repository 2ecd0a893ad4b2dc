import Router from '@koa/router';
import type { WireOffenderMatches } from '@ptpu/clients';
import { londonDate } from '@ptpu/domain';
import { requireRole } from '../../auth/require-role.middleware';
import { badRequest } from '../../http/http-problem';
import { parseInput } from '../../http/parse-input';
import { jsonBody } from '../../http/request-body';
import { runMatchCascade } from '../../matching/match-cascade';
import { matchRequestSchema } from '../../matching/match-request';
import { hasCurrentDisposal } from '../../state/delius-records';
import type { UpstreamDeps } from '../upstream-deps';
import { offenderDetail } from './offender-detail';

const SEARCH_ROLES = ['ROLE_COMMUNITY', 'ROLE_PROBATION__SEARCH_PERSON'];

/** probation-offender-search's POST /match over the Delius cases as they are now (writes show at once). */
export function offenderSearchRoutes({ world, issuer, clock }: UpstreamDeps): Router {
  const router = new Router();

  router.post('/match', requireRole(issuer, SEARCH_ROLES), (ctx) => {
    const request = parseInput(matchRequestSchema, jsonBody(ctx));
    const now = clock.now();
    if (request.dateOfBirth !== undefined && request.dateOfBirth >= londonDate(now)) {
      throw badRequest('Invalid request: dateOfBirth must be in the past');
    }
    const result = runMatchCascade(request, world().deliusCases(), (candidate) =>
      hasCurrentDisposal(candidate, now),
    );
    const body: WireOffenderMatches = {
      matches: result.matches.map((candidate) => ({ offender: offenderDetail(candidate, now) })),
      matchedBy: result.matchedBy,
    };
    ctx.body = body;
  });

  return router;
}
