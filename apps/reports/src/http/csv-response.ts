import { Readable } from 'node:stream';
import type Koa from 'koa';
import type { Logger } from '@ptpu/platform';

/**
 * Streams a CSV report line by line as the rows are read, so memory does not grow with the report. The first
 * line is awaited before anything is sent, so a failure on the first page still gets a proper error status; a
 * later failure can only cut the body short (logged through `app.on('error')`).
 */
export async function respondWithCsv(
  ctx: Koa.Context,
  report: string,
  lines: AsyncIterable<string>,
  logger: Logger,
): Promise<void> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
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
  const progress = { ended: false };
  ctx.body = Readable.from(remainingLines(first.value, iterator, report, logger, progress), {
    objectMode: false,
  });
  // Told at once, while a page being read may still be on its way; 'report cut short' follows once it is.
  ctx.res.once('close', () => {
    if (!progress.ended) logger.info({ report }, 'client went away mid-report');
  });
}

async function* remainingLines(
  first: string,
  rest: AsyncIterator<string>,
  report: string,
  logger: Logger,
  progress: { ended: boolean },
): AsyncGenerator<string> {
  const started = Date.now();
  let lines = 1;
  let complete = false;
  try {
    yield first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      lines += 1;
      yield next.value;
    }
    complete = true;
  } finally {
    progress.ended = true;
    // Also reached when the client goes away: close the index reads behind the report.
    if (!complete) await rest.return?.();
    const rows = lines - 1; // the first line is the header
    logger.info(
      { report, rows, complete, durationMs: Date.now() - started },
      complete ? 'report sent' : 'report cut short',
    );
  }
}
