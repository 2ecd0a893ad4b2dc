/** One event the harness published on the offender events topic, by the SNS MessageId that is its row key. */
export interface PublishedEvent {
  messageId: string;
  /** A number carried inside the inner event, so a row can be traced to the publication that made it. */
  eventNo: number;
}

/** A row of the message table, as far as accounting needs it. */
export interface RowSeen {
  id: string;
  /** The `eventNo` read back from the row's `message`; undefined when the row carries none. */
  eventNo: number | undefined;
}

/** The validator's `event ignored` log line: the message it acknowledged and why. */
export interface IgnoreSeen {
  messageId: string;
  reason: string;
}

export interface Accounting {
  events: number;
  /** Events that ended as a row, a logged ignore with a reason, or a DLQ message. */
  accounted: number;
  /** MessageIds of events that ended as none of these. */
  lost: string[];
  /** Rows beyond the first for one published event. */
  duplicateRows: number;
  byEnd: { row: number; ignored: number; deadLetter: number };
}

/**
 * Where every published event ended. An event may legitimately end in two places (a row whose message SQS later
 * moved to the DLQ because its delete kept failing); it is counted once, under the first that holds it.
 */
export function accountEvents(
  published: readonly PublishedEvent[],
  rows: readonly RowSeen[],
  ignores: readonly IgnoreSeen[],
  deadLetterIds: readonly string[],
): Accounting {
  const rowIds = new Set(rows.map((row) => row.id));
  const ignoredIds = new Set(ignores.filter((ignore) => ignore.reason !== '').map((i) => i.messageId));
  const deadIds = new Set(deadLetterIds);
  const byEnd = { row: 0, ignored: 0, deadLetter: 0 };
  const lost: string[] = [];
  for (const event of published) {
    if (rowIds.has(event.messageId)) byEnd.row += 1;
    else if (ignoredIds.has(event.messageId)) byEnd.ignored += 1;
    else if (deadIds.has(event.messageId)) byEnd.deadLetter += 1;
    else lost.push(event.messageId);
  }
  return {
    events: published.length,
    accounted: published.length - lost.length,
    lost,
    duplicateRows: duplicateRowsOf(published, rows),
    byEnd,
  };
}

/** Rows beyond the first for each published event, traced by the event number inside the row's message. */
function duplicateRowsOf(published: readonly PublishedEvent[], rows: readonly RowSeen[]): number {
  const ours = new Set(published.map((event) => event.eventNo));
  const rowsPerEvent = new Map<number, number>();
  for (const row of rows) {
    if (row.eventNo === undefined || !ours.has(row.eventNo)) continue;
    rowsPerEvent.set(row.eventNo, (rowsPerEvent.get(row.eventNo) ?? 0) + 1);
  }
  let extra = 0;
  for (const count of rowsPerEvent.values()) extra += count - 1;
  return extra;
}
