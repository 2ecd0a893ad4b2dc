import { MATCH_CATEGORIES } from '@ptpu/domain';

const count = { type: 'integer', minimum: 0 };

/** An object schema every property of which is always present. */
const allRequired = (description: string, properties: Record<string, object>) => ({
  type: 'object',
  description,
  required: Object.keys(properties),
  properties,
});

const categories = { $ref: '#/components/schemas/CategoryCounts' };

export const REPORT_SCHEMAS = {
  ErrorResponse: {
    type: 'object',
    required: ['status', 'userMessage'],
    properties: {
      status: { type: 'integer', example: 400 },
      userMessage: {
        type: 'string',
        example: 'daysOld must be a whole number of days from 0 to 36500, got "seven"',
      },
      errorCode: { type: 'string', example: 'REPORT.BAD_PARAMETER' },
    },
  },
  CategoryCounts: {
    ...allRequired(
      'Unprocessed rows by the status of their last attempt: no-match (NO_MATCH), no-match-sentence ' +
        '(NO_MATCH_WITH_SENTENCE_DATE, NOMS_NUMBER_HOLDER_AWAITS_SENTENCE), too-many-matches (TOO_MANY_MATCHES), book-number-set-fail ' +
        '(BOOKING_NUMBER_NOT_ASSIGNED), location-set-fail (LOCATION_NOT_UPDATED), key-dates-set-fail ' +
        '(KEY_DATES_NOT_UPDATED), noms-number-held-elsewhere (NOMS_NUMBER_HELD_ELSEWHERE: another case holds ' +
        "the NOMS number and a person decides which case is the prisoner's), book-number-on-two-custodies " +
        '(BOOK_NUMBER_ON_TWO_CUSTODIES: an older custody still holds the book number), error-fail (ERROR). Rows ' +
        'not yet attempted are in no category.',
      Object.fromEntries(MATCH_CATEGORIES.map((category) => [category, count])),
    ),
    additionalProperties: false,
  },
  MatchSummary: allRequired('Every field is always present.', {
    total: { ...count, description: 'Rows counted: completed + waiting + exceeded-sla.' },
    completed: allRequired('Processed rows: rejected when NO_LONGER_VALID, otherwise success.', {
      total: count,
      success: count,
      rejected: count,
    }),
    waiting: allRequired('Unprocessed rows within the SLA: new before their first attempt, retry after it.', {
      total: count,
      new: count,
      retry: count,
      category: categories,
    }),
    'exceeded-sla': allRequired('Unprocessed rows created more than slaDays days ago.', {
      total: count,
      category: categories,
    }),
  }),
};
