import { EXPECT_MATCHING_SLA_DAYS, HANDLED_EVENT_TYPES } from '@ptpu/domain';

// Parameter objects of the API description. Their names, forms and limits are the ones the domain parsers
// in libs/domain/src/reports accept; a component test calls every documented parameter with its example.

const query = (name: string, description: string, schema: object, example: string | number) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  example,
});

const dateTime = (name: string, what: string, example: string) =>
  query(
    name,
    `${what} Europe/London wall-clock time as yyyy-MM-ddTHH:mm:ss, the form the reports print; ` +
      'a value with an offset, a fraction or a missing part is refused with 400.',
    { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
    example,
  );

const days = (name: string, description: string) =>
  query(
    name,
    description,
    { type: 'integer', minimum: 0, maximum: 36_500, default: EXPECT_MATCHING_SLA_DAYS },
    EXPECT_MATCHING_SLA_DAYS,
  );

export const REPORT_PARAMETERS = {
  daysOld: days('daysOld', 'Only rows created more than this many days ago (London calendar days).'),
  slaDays: days(
    'slaDays',
    'The matching SLA: unprocessed rows created more than this many days ago count as exceeded-sla, younger ones as waiting.',
  ),
  locationId: query(
    'locationId',
    'Only rows for this prison (NOMIS agency code), as the booking was when the event was stored.',
    { type: 'string', pattern: '^[A-Za-z0-9_-]{1,20}$' },
    'MDI',
  ),
  eventType: query(
    'eventType',
    'Only rows of this prison event type.',
    { type: 'string', enum: [...HANDLED_EVENT_TYPES] },
    'IMPRISONMENT_STATUS-CHANGED',
  ),
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
};

export function parameterRefs(...names: (keyof typeof REPORT_PARAMETERS)[]): { $ref: string }[] {
  return names.map((name) => ({ $ref: `#/components/parameters/${name}` }));
}
