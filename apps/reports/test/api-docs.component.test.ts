import SwaggerParser from '@apidevtools/swagger-parser';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

const reports = new ReportsUnderTest();

beforeAll(() => reports.start('api-docs'));
afterAll(() => reports.stop());

interface ApiDocument {
  info: { title: string; description: string; version: string };
  paths: Record<string, { get: { parameters: { $ref: string }[]; responses: Record<string, unknown> } }>;
  components: {
    parameters: Record<string, { name: string; example: string | number }>;
    securitySchemes: Record<string, { type: string; scheme: string }>;
  };
}

async function apiDocument(): Promise<ApiDocument> {
  const response = await reports.get('/v3/api-docs', null);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiDocument;
}

describe('GET /v3/api-docs', () => {
  it('when fetched without a token, then it is a valid OpenAPI 3 document', async () => {
    const document = await apiDocument();

    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect(Object.keys(document.paths).sort()).toEqual([
      '/report/in-progress',
      '/report/match-summary',
      '/report/not-matched',
      '/report/processed',
    ]);
  });

  it('then it names the service, the role, the bearer scheme and the spreadsheet safety rule', async () => {
    const { info, components } = await apiDocument();

    expect(info.title).toBe('Prison to Probation update service: reports');
    expect(info.description).toContain('ROLE_PTPU_REPORT');
    expect(info.description).toMatch(/=, \+, -, @, tab or carriage return is prefixed with a single quote/);
    expect(components.securitySchemes.hmppsAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it("then each CSV example has the report's real header", async () => {
    const { paths } = await apiDocument();
    const example = (path: string) =>
      (paths[path]?.get.responses['200'] as { content: { 'text/csv': { example: string } } }).content[
        'text/csv'
      ].example;

    for (const path of ['/report/in-progress', '/report/not-matched', '/report/processed']) {
      const [documentedHeader] = csvLines(example(path));
      const realHeader = path === '/report/processed' ? PROCESSED_HEADER : IN_PROGRESS_HEADER;
      expect(documentedHeader).toBe(realHeader);
    }
  });

  it('then every documented parameter, given its documented example, is accepted by its report', async () => {
    const { paths, components } = await apiDocument();

    for (const [path, { get }] of Object.entries(paths)) {
      for (const { $ref } of get.parameters) {
        const parameter = components.parameters[$ref.split('/').at(-1) as string];
        const query = `?${parameter?.name}=${encodeURIComponent(String(parameter?.example))}`;
        expect([path, query, (await reports.get(`${path}${query}`)).status]).toEqual([path, query, 200]);
      }
    }
  });
});

describe('Swagger UI', () => {
  it('when /swagger-ui is opened, then it leads to a page that loads the API description', async () => {
    const redirect = await reports.get('/swagger-ui', null);
    const page = await reports.get(`/${redirect.headers.get('location')}`, null);
    const initializer = await reports.get('/swagger-ui/swagger-initializer.js', null);

    expect(redirect.status).toBe(302);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="./swagger-ui-bundle.js"');
    expect(await initializer.text()).toContain("new URL('../v3/api-docs', window.location.href)");
  });

  it('when an asset is asked for, then only the listed swagger-ui-dist files are served', async () => {
    const bundle = await reports.get('/swagger-ui/swagger-ui-bundle.js', null);
    const css = await reports.get('/swagger-ui/swagger-ui.css', null);

    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await reports.get('/swagger-ui/package.json', null)).status).toBe(404);
    expect((await reports.get('/swagger-ui/..%2Fpackage.json', null)).status).toBe(404);
  });
});

const IN_PROGRESS_HEADER =
  '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","RECALL","STATUS"';
const PROCESSED_HEADER =
  '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","PROCESSEDDATE","RECALL","STATUS"';
