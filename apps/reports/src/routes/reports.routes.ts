import { Router } from '@koa/router';
import {
  IN_PROGRESS_COLUMNS,
  MatchSummaryTally,
  PROCESSED_COLUMNS,
  londonDaysBefore,
  parseInProgressQuery,
  parseMatchSummaryQuery,
  parseNotMatchedQuery,
  parseProcessedQuery,
  type Clock,
  type ParsedParameters,
  type ReportRows,
} from '@ptpu/domain';
import { HttpError, requireRole, type Logger, type TokenVerifier } from '@ptpu/platform';
import { respondWithCsv } from '../http/csv-response';

/** The role analysts' tokens must carry (HMPPS Auth `authorities`) to read any report. */
export const REPORT_ROLE = 'ROLE_PTPU_REPORT';

export interface ReportsRoutesDeps {
  reportRows: ReportRows;
  verifier: TokenVerifier;
  clock: Clock;
  logger: Logger;
}

export function reportsRouter({ reportRows, verifier, clock, logger }: ReportsRoutesDeps): Router {
  const router = new Router({ prefix: '/report' });
  const analystsOnly = requireRole(REPORT_ROLE, verifier);

  router.get('/in-progress', analystsOnly, async (ctx) => {
    valueOf(parseInProgressQuery(ctx.query));
    await respondWithCsv(ctx, 'in-progress', IN_PROGRESS_COLUMNS, reportRows.inProgress(), logger);
  });

  router.get('/not-matched', analystsOnly, async (ctx) => {
    const { daysOld } = valueOf(parseNotMatchedQuery(ctx.query));
    const rows = reportRows.notMatched(londonDaysBefore(clock.now(), daysOld));
    // The not-matched report lists the same columns as the in-progress report.
    await respondWithCsv(ctx, 'not-matched', IN_PROGRESS_COLUMNS, rows, logger);
  });

  router.get('/processed', analystsOnly, async (ctx) => {
    const rows = reportRows.processed(valueOf(parseProcessedQuery(ctx.query)), clock.now());
    await respondWithCsv(ctx, 'processed', PROCESSED_COLUMNS, rows, logger);
  });

  router.get('/match-summary', analystsOnly, async (ctx) => {
    const { slaDays, ...filter } = valueOf(parseMatchSummaryQuery(ctx.query));
    const tally = new MatchSummaryTally(londonDaysBefore(clock.now(), slaDays));
    for await (const row of reportRows.statusChanges(filter)) tally.add(row);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = tally.summary();
  });

  return router;
}

/** A 400 names every bad parameter. */
function valueOf<T>(parsed: ParsedParameters<T>): T {
  if (parsed.kind === 'invalid') throw new HttpError(400, parsed.error.message, { code: parsed.error.code });
  return parsed.value;
}
