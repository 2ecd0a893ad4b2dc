import type { MessageRow } from '../message/message-row';
import { csvLine } from './csv';
import { reportValues, type ReportColumn } from './report-columns';

/**
 * The lines of a CSV report, produced as the rows arrive so the caller can stream them. The header is written
 * with the first row: a report with no rows is an empty body, as the original's was.
 */
export async function* csvReportLines(
  columns: readonly ReportColumn[],
  rows: AsyncIterable<MessageRow>,
): AsyncGenerator<string> {
  let headerWritten = false;
  for await (const row of rows) {
    if (!headerWritten) {
      yield csvLine(columns);
      headerWritten = true;
    }
    yield csvLine(reportValues(row, columns));
  }
}
