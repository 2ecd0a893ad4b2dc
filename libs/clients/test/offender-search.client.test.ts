import { hmppsAuthHandlers, offenderSearchHandlers } from '../src/testing';
import {
  buildClients,
  expectSystemError,
  TIMEOUT_MS,
  TOKEN,
  urls,
  useFakeUpstreams,
} from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();
const search = offenderSearchHandlers(urls.offenderSearch);

function offenderSearch() {
  server.use(hmppsAuthHandlers(urls.auth).token());
  return buildClients().offenderSearch;
}

const request = {
  firstName: 'ANDY',
  surname: 'MARKE',
  dateOfBirth: '1970-01-01',
  nomsNumber: 'A5089DY',
  pncNumber: '2019/0012345X',
  activeSentence: true,
};

describe('offender-search client', () => {
  it('when asked to match, then it posts the prisoner with absent identifiers as null and maps the candidates', async () => {
    server.use(search.match());
    const result = await offenderSearch().match(request);

    const [sent] = await recorder.to('/match');
    expect(sent.method).toBe('POST');
    expect(sent.url.search).toBe('');
    expect(sent.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(sent.body)).toEqual({
      firstName: 'ANDY',
      surname: 'MARKE',
      dateOfBirth: '1970-01-01',
      nomsNumber: 'A5089DY',
      pncNumber: '2019/0012345X',
      croNumber: null,
      activeSentence: true,
    });
    expect(result).toEqual({
      matchedBy: 'EXTERNAL_KEY',
      matches: [
        {
          offender: {
            otherIds: { crn: 'X142620', croNumber: 'SG93/111111D' },
            firstName: 'Andy',
            surname: 'Marke',
            dateOfBirth: '1965-07-19',
          },
        },
        {
          offender: {
            otherIds: { crn: 'X181002', pncNumber: '2004/0050290Y', nomsNumber: 'G8020GG' },
            firstName: 'Andy',
            surname: 'Dolphin-Marke',
            dateOfBirth: '1965-07-19',
          },
        },
      ],
    });
  });

  it('when nobody matches, then the result is empty with matchedBy NOTHING', async () => {
    server.use(search.match({ body: { matches: [], matchedBy: 'NOTHING' } }));
    expect(await offenderSearch().match(request)).toEqual({ matches: [], matchedBy: 'NOTHING' });
  });

  it('when a candidate has no CRN, then it fails as an invalid response', async () => {
    server.use(
      search.match({
        body: { matchedBy: 'NAME', matches: [{ offender: { otherIds: { pncNumber: 'x' } } }] },
      }),
    );
    await expectSystemError(offenderSearch().match(request), { code: 'UPSTREAM.INVALID_RESPONSE' });
  });

  it('when matchedBy is not one we know, then it fails rather than guess how strong the match is', async () => {
    server.use(search.match({ body: { matchedBy: 'SOMETHING_NEW', matches: [] } }));
    await expectSystemError(offenderSearch().match(request), { code: 'UPSTREAM.INVALID_RESPONSE' });
  });

  it.each([404, 500])(
    'when offender-search answers %d, then it throws a SystemError with the status',
    async (status) => {
      server.use(search.match({ status }));
      await expectSystemError(offenderSearch().match(request), {
        code: 'UPSTREAM.HTTP_STATUS',
        details: { upstream: 'offender-search', operation: 'match', status },
      });
    },
  );

  it('when offender-search is slower than the timeout, then it fails as a timeout', async () => {
    server.use(search.match({ delayMs: TIMEOUT_MS * 4 }));
    await expectSystemError(offenderSearch().match(request), { code: 'UPSTREAM.TIMEOUT', retryable: true });
  });

  it('when offender-search answers 503, then the POST is not repeated', async () => {
    server.use(search.match([{ status: 503 }, {}]));
    await expectSystemError(offenderSearch().match(request), { details: { status: 503 }, retryable: true });
    expect(await recorder.to('/match')).toHaveLength(1);
  });
});
