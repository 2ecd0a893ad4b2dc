import {
  IN_PROGRESS_COLUMNS,
  PROCESSED_COLUMNS,
  csvLine,
  reportValues,
  type MatchSummary,
  type MessageRow,
  type ReportColumn,
} from '@ptpu/domain';

// The original's documented example rows, rendered by the same code
// that writes the reports, so the documented format cannot drift from the real one.
const AWAITING_BOOK_NUMBER: MessageRow = {
  id: 'example-99',
  bookingId: 99,
  eventType: 'IMPRISONMENT_STATUS-CHANGED',
  message: '{}',
  createdDate: '2020-12-09T15:15:50.000Z',
  retryCount: 2,
  deleteBy: Date.UTC(2020, 11, 19, 15, 15, 50) / 1000,
  status: 'BOOKING_NUMBER_NOT_ASSIGNED',
  matchingCrns: 'X12345',
  bookingNo: '12345V',
  offenderNo: 'A1234GY',
  locationId: 'MDI',
  locationDescription: 'Moorland HMP',
  recall: false,
  legalStatus: 'SENTENCED',
};

const NO_MATCH: MessageRow = {
  ...AWAITING_BOOK_NUMBER,
  id: 'example-98',
  bookingId: 98,
  status: 'NO_MATCH',
  matchingCrns: undefined,
};

const COMPLETED: MessageRow = {
  ...AWAITING_BOOK_NUMBER,
  id: 'example-97',
  bookingId: 97,
  bookingNo: '12376T',
  offenderNo: 'A1234DY',
  processedDate: '2020-12-10T15:15:50.000Z',
  status: 'COMPLETED',
};

function csvExample(columns: readonly ReportColumn[], rows: readonly MessageRow[]): string {
  return [csvLine(columns), ...rows.map((row) => csvLine(reportValues(row, columns)))].join('');
}

export const IN_PROGRESS_EXAMPLE = csvExample(IN_PROGRESS_COLUMNS, [NO_MATCH, AWAITING_BOOK_NUMBER]);
export const NOT_MATCHED_EXAMPLE = csvExample(IN_PROGRESS_COLUMNS, [NO_MATCH]);
export const PROCESSED_EXAMPLE = csvExample(PROCESSED_COLUMNS, [COMPLETED]);

const ONE_EACH = {
  'no-match': 1,
  'no-match-sentence': 1,
  'too-many-matches': 1,
  'book-number-set-fail': 1,
  'location-set-fail': 1,
  'key-dates-set-fail': 0,
  'noms-number-held-elsewhere': 0,
  'book-number-on-two-custodies': 0,
  'error-fail': 1,
};

/** The original's documented summary. */
export const MATCH_SUMMARY_EXAMPLE: MatchSummary = {
  total: 17,
  completed: { total: 4, success: 3, rejected: 1 },
  waiting: { total: 7, new: 1, retry: 6, category: ONE_EACH },
  'exceeded-sla': { total: 6, category: ONE_EACH },
};
