import { REPORT_ROLE } from '../routes/reports.routes';
import {
  IN_PROGRESS_EXAMPLE,
  MATCH_SUMMARY_EXAMPLE,
  NOT_MATCHED_EXAMPLE,
  PROCESSED_EXAMPLE,
} from './report-examples';
import { REPORT_PARAMETERS, parameterRefs } from './report-parameters.doc';
import { REPORT_SCHEMAS } from './report-schemas.doc';

const CSV_FORMAT =
  'CSV with a header of upper-case column names in alphabetical order, every value double-quoted, `\\n` line ends; ' +
  'date-times (DELETEBY included) are Europe/London wall-clock `yyyy-MM-ddTHH:mm:ss`. ' +
  'Rows are sorted by creation date, oldest first, and streamed as they are read. ' +
  'When no row matches the body is empty, without even the header. ' +
  "Spreadsheet safety: a value starting with =, +, -, @, tab or carriage return is prefixed with a single quote (') " +
  'so a spreadsheet shows it as text instead of running it as a formula; ' +
  'a control character other than tab, line feed and carriage return (U+0000 to U+001F, and DEL) is replaced by ' +
  'its Unicode control picture (U+2400 to U+241F, and U+2421), so NUL is shown as ␀ and never sent raw.';

function csvResponse(example: string) {
  return { description: CSV_FORMAT, content: { 'text/csv': { schema: { type: 'string' }, example } } };
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
});

const FAILURES = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '401': { $ref: '#/components/responses/Unauthorized' },
  '403': { $ref: '#/components/responses/Forbidden' },
};

function report(summary: string, description: string, parameters: { $ref: string }[], ok: object) {
  return {
    get: { tags: ['reports'], summary, description, parameters, responses: { '200': ok, ...FAILURES } },
  };
}

/** The OpenAPI 3 description of the reports API, served at /v3/api-docs. */
export function reportsApiDocument(version: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Prison to Probation update service: reports',
      version,
      description:
        'A service that synchronises prison custody data to Delius. These reports show analysts which ' +
        'prisoners are not yet linked to a probation case and how well matching performs.\n\n' +
        `Every report needs an HMPPS Auth bearer token whose \`authorities\` include **${REPORT_ROLE}**: ` +
        'without a valid token the answer is 401, without the role 403. Use **Authorize** to try them here.\n\n' +
        `${CSV_FORMAT}\n\nAn unknown, repeated, empty or malformed query parameter is answered with 400 and a ` +
        'message naming the parameter.',
      contact: { name: 'HMPPS Digital Studio', email: 'feedback@digital.justice.gov.uk' },
    },
    tags: [{ name: 'reports', description: `Reports over the message table (role ${REPORT_ROLE}).` }],
    security: [{ hmppsAuth: [] }],
    paths: {
      '/report/in-progress': report(
        'Messages not yet processed',
        'Every stored message still waiting for processing or retry, whatever its event type.',
        [],
        csvResponse(IN_PROGRESS_EXAMPLE),
      ),
      '/report/not-matched': report(
        'Prisoners not linked to a probation case',
        'Unprocessed messages whose last attempt found no match (NO_MATCH, NO_MATCH_WITH_SENTENCE_DATE), ' +
          'too many (TOO_MANY_MATCHES), or a case that cannot be linked while another case holds the NOMS ' +
          "number and nothing tells which is the prisoner's (NOMS_NUMBER_HELD_ELSEWHERE; CRNS names the matched " +
          "case first, then the holders), or the holder, the prisoner's own case by PNC or CRO, still lacks the " +
          'sentence (NOMS_NUMBER_HOLDER_AWAITS_SENTENCE; CRNS names the holder), created ' +
          'more than daysOld days ago.',
        parameterRefs('daysOld'),
        csvResponse(NOT_MATCHED_EXAMPLE),
      ),
      '/report/processed': report(
        'Processed messages',
        'Messages whose processing has finished, filtered by every parameter given; all bounds are strict.',
        parameterRefs(
          'locationId',
          'eventType',
          'processedDateStartDateTime',
          'processedDateEndDateTime',
          'createdDateStartDateTime',
          'createdDateEndDateTime',
        ),
        csvResponse(PROCESSED_EXAMPLE),
      ),
      '/report/match-summary': report(
        'How well matching performs',
        'Counts of IMPRISONMENT_STATUS-CHANGED messages by outcome. Superseded duplicates and dry-run rows ' +
          'are not counted. Created bounds are strict.',
        parameterRefs('locationId', 'createdDateStartDateTime', 'createdDateEndDateTime', 'slaDays'),
        {
          description: 'The summary.',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/MatchSummary' },
              example: MATCH_SUMMARY_EXAMPLE,
            },
          },
        },
      ),
    },
    components: {
      securitySchemes: {
        hmppsAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: `An RS256 JWT from HMPPS Auth carrying ${REPORT_ROLE} in its \`authorities\` claim.`,
        },
      },
      parameters: REPORT_PARAMETERS,
      schemas: REPORT_SCHEMAS,
      responses: {
        BadRequest: errorResponse(
          'A query parameter is unknown, repeated, empty or malformed; the message names it.',
        ),
        Unauthorized: errorResponse(
          'No bearer token, or one that is expired, from another issuer or not signed by HMPPS Auth.',
        ),
        Forbidden: errorResponse(`The token does not carry ${REPORT_ROLE}.`),
      },
    },
  };
}
