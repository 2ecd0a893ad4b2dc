import { EXPECT_MATCHING_SLA_DAYS, HANDLED_EVENT_TYPES } from '@ptpu/domain';

// Parameter objects of the API description. Their names, forms and limits are the ones the domain parsers
// in libs/domain/src/reports accept; a component test calls every documented parameter with its example.

const dateTime = (name: string, what: string, example: string) => ({
  name,
  in: 'query',
  required: false,
  description:
    `${what} Europe/London wall-clock time as yyyy-MM-ddTHH:mm:ss, the form the reports print; ` +
    'a value with an offset, a fraction or a missing part is refused with 400.',
  schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
  example,
});

const days = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'integer', minimum: 0, maximum: 36_500, default: EXPECT_MATCHING_SLA_DAYS },
  example: EXPECT_MATCHING_SLA_DAYS,
});

export const REPORT_PARAMETERS = {
  daysOld: days('daysOld', 'Only rows created more than this many days ago (London calendar days).'),
  slaDays: days(
    'slaDays',
    'The matching SLA: unprocessed rows created more than this many days ago count as exceeded-sla, younger ones as waiting.',
  ),
  locationId: {
    name: 'locationId',
    in: 'query',
    required: false,
    description:
      'Only rows for this prison (NOMIS agency code), as the booking was when the event was stored.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,20}$' },
    example: 'MDI',
  },
  eventType: {
    name: 'eventType',
    in: 'query',
    required: false,
    description: 'Only rows of this prison event type.',
    schema: { type: 'string', enum: [...HANDLED_EVENT_TYPES] },
    example: 'IMPRISONMENT_STATUS-CHANGED',
  },
  processedDateStartDateTime: dateTime(
    'processedDateStartDateTime',
    'Only rows processed strictly after this.',
    '2020-12-10T00:00:00',
  ),
  processedDateEndDateTime: dateTime(
    'processedDateEndDateTime',
    'Only rows processed strictly before this.',
    '2020-12-11T00:00:00',
  ),
  createdDateStartDateTime: dateTime(
    'createdDateStartDateTime',
    'Only rows created strictly after this.',
    '2020-12-09T00:00:00',
  ),
  createdDateEndDateTime: dateTime(
    'createdDateEndDateTime',
    'Only rows created strictly before this.',
    '2020-12-11T15:15:49',
  ),
} as const;

export type ReportParameterName = keyof typeof REPORT_PARAMETERS;

export function parameterRefs(...names: ReportParameterName[]): { $ref: string }[] {
  return names.map((name) => ({ $ref: `#/components/parameters/${name}` }));
}
