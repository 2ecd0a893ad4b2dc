import { Readable } from 'node:stream';
import type Koa from 'koa';
import { csvReportLines, type MessageRow, type ReportColumn } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';

/**
 * Streams a CSV report line by line as the rows are read, so memory does not grow with the report. The first
 * line is awaited before anything is sent, so a failure on the first page still gets a proper error status; a
 * later failure can only cut the body short (logged through `app.on('error')`).
 */
export async function respondWithCsv(
  ctx: Koa.Context,
  report: string,
  columns: readonly ReportColumn[],
  rows: AsyncIterable<MessageRow>,
  logger: Logger,
): Promise<void> {
  const rest = csvReportLines(columns, rows);
  const first = await rest.next();
  ctx.type = 'text/csv';
  // Reports hold personal data: no cache on the way may keep a copy.
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  if (first.done) {
    // As the original: no rows, no header, an empty body.
    ctx.body = '';
    logger.info({ report, rows: 0 }, 'report sent');
    return;
  }
  let ended = false;
  async function* allLines(): AsyncGenerator<string> {
    const started = Date.now();
    let rows = 0; // after the header
    let complete = false;
    try {
      yield first.value;
      for (let next = await rest.next(); !next.done; next = await rest.next()) {
        rows += 1;
        yield next.value;
      }
      complete = true;
    } finally {
      ended = true;
      // Also reached when the client goes away: close the index reads behind the report.
      if (!complete) await rest.return(undefined);
      logger.info(
        { report, rows, complete, durationMs: Date.now() - started },
        complete ? 'report sent' : 'report cut short',
      );
    }
  }
  ctx.body = Readable.from(allLines(), { objectMode: false });
  // Told at once, while a page being read may still be on its way; 'report cut short' follows once it is.
  ctx.res.once('close', () => {
    if (!ended) logger.info({ report }, 'client went away mid-report');
  });
}
