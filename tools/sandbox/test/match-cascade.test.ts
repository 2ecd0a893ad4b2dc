import {
  buildCustodialConviction,
  buildDeliusCase,
  buildWorld,
  type DeliusCaseInput,
  type Sandbox,
  startSandbox,
} from '../src';
import { crnsOf, SandboxClient } from './support/sandbox-client';

/** What the service sends for A5089DY. */
const ANDY_MARKE = {
  surname: 'MARKE',
  firstName: 'ANDY',
  dateOfBirth: '1970-01-01',
  nomsNumber: 'A5089DY',
  activeSentence: true,
  pncNumber: null,
  croNumber: null,
};

describe('POST /match runs the offender-search cascade over the Delius cases', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  let nextId = 1;

  beforeAll(async () => {
    sandbox = await startSandbox({ world: buildWorld() });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  /** Delius cases with distinct CRNs and event ids, each with a current (custodial) disposal by default. */
  function withCases(...cases: Partial<DeliusCaseInput>[]): void {
    sandbox.admin.loadWorld(
      buildWorld({
        deliusCases: cases.map((overrides) => ({
          ...buildDeliusCase({ convictions: [buildCustodialConviction({ convictionId: nextId++ })] }),
          ...overrides,
        })),
      }),
    );
  }

  async function matchOf(request: Record<string, unknown>) {
    const reply = await client.match<{ matchedBy: string }>(request);
    expect(reply.status).toBe(200);
    return { matchedBy: reply.body.matchedBy, crns: crnsOf(reply) };
  }

  it('when the NOMS number, names and date of birth are all on a case, then ALL_SUPPLIED wins over later steps', async () => {
    withCases(
      { crn: 'X000001', otherIds: { nomsNumber: 'A5089DY' }, firstName: 'andy', surname: 'MARKE' },
      { crn: 'X000002' },
    );
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'ALL_SUPPLIED', crns: ['X000001'] });
  });

  it('when the names and date of birth are on an alias of the case holding the ids, then ALL_SUPPLIED_ALIAS', async () => {
    withCases({
      crn: 'X000001',
      firstName: 'Andrew',
      otherIds: { nomsNumber: 'A5089DY' },
      aliases: [{ firstName: 'Andy', surname: 'Marke', dateOfBirth: '1970-01-01' }],
    });
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'ALL_SUPPLIED_ALIAS', crns: ['X000001'] });
  });

  it('when only the NOMS number agrees, then HMPPS_KEY', async () => {
    withCases({
      crn: 'X000001',
      firstName: 'Andrew',
      surname: 'Mark',
      dateOfBirth: '1971-06-30',
      otherIds: { nomsNumber: 'a5089dy' },
    });
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'HMPPS_KEY', crns: ['X000001'] });
  });

  it('when the CRO agrees (ignoring case) with the surname or date of birth, then EXTERNAL_KEY, before any PNC match', async () => {
    withCases(
      { crn: 'X000001', dateOfBirth: '1965-07-19', otherIds: { croNumber: 'sg93/111111d' } },
      {
        crn: 'X000002',
        surname: 'Other',
        dateOfBirth: '1965-07-19',
        otherIds: { croNumber: 'SG93/111111D' },
      },
      { crn: 'X000003', otherIds: { pncNumber: '2004/0050290Y' } },
    );
    const request = { ...ANDY_MARKE, croNumber: 'SG93/111111D', pncNumber: '2004/0050290Y' };
    expect(await matchOf(request)).toEqual({ matchedBy: 'EXTERNAL_KEY', crns: ['X000001'] });
  });

  it('when the PNC agrees in canonical form with the surname or date of birth, then EXTERNAL_KEY', async () => {
    withCases(
      { crn: 'X000001', surname: 'Marke-Smith', otherIds: { pncNumber: '19/12345X' } },
      { crn: 'X000002', surname: 'Other', dateOfBirth: '1965-07-19', otherIds: { pncNumber: '19/12345X' } },
    );
    const request = { ...ANDY_MARKE, pncNumber: '2019/0012345X' };
    expect(await matchOf(request)).toEqual({ matchedBy: 'EXTERNAL_KEY', crns: ['X000001'] });
  });

  it('when first name, surname and date of birth agree (on the person or an alias), then NAME with every such case', async () => {
    withCases(
      { crn: 'X000001' },
      {
        crn: 'X000002',
        surname: 'Dolphin-Marke',
        dateOfBirth: '1965-07-19',
        aliases: [{ firstName: 'Andy', surname: 'Marke', dateOfBirth: '1970-01-01' }],
      },
    );
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'NAME', crns: ['X000001', 'X000002'] });
  });

  it('when only the surname and date of birth agree, then PARTIAL_NAME', async () => {
    withCases({ crn: 'X000001', firstName: 'Andrew' });
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'PARTIAL_NAME', crns: ['X000001'] });
  });

  it.each([
    ['day and month swapped', '1970-12-03'],
    ['the same day in another month', '1970-07-12'],
    ['the day before', '1970-03-11'],
    ['the day after', '1970-03-13'],
  ])(
    'when the names agree and the date of birth is %s, then PARTIAL_NAME_DOB_LENIENT',
    async (_, heldDate) => {
      withCases({ crn: 'X000001', dateOfBirth: heldDate });
      const request = { ...ANDY_MARKE, dateOfBirth: '1970-03-12' };
      expect(await matchOf(request)).toEqual({ matchedBy: 'PARTIAL_NAME_DOB_LENIENT', crns: ['X000001'] });
    },
  );

  it('when nothing agrees closely enough, then NOTHING with no matches', async () => {
    withCases({ crn: 'X000001', dateOfBirth: '1970-03-14' }, { crn: 'X000002', surname: 'Marks' });
    const request = { ...ANDY_MARKE, dateOfBirth: '1970-03-12' };
    expect(await matchOf(request)).toEqual({ matchedBy: 'NOTHING', crns: [] });
  });

  it('when activeSentence is asked for, then a case without a current disposal is not a candidate', async () => {
    const ended = buildCustodialConviction({ convictionId: nextId++, active: false });
    withCases({ crn: 'X000001', convictions: [ended] });
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'NOTHING', crns: [] });
    expect(await matchOf({ ...ANDY_MARKE, activeSentence: false })).toEqual({
      matchedBy: 'NAME',
      crns: ['X000001'],
    });
  });

  it('when a case is soft-deleted, then no step finds it', async () => {
    withCases({ crn: 'X000001', softDeleted: true, otherIds: { nomsNumber: 'A5089DY' } });
    expect(await matchOf(ANDY_MARKE)).toEqual({ matchedBy: 'NOTHING', crns: [] });
  });

  it('answers each candidate with its identifiers, aliases and current disposal', async () => {
    withCases({
      crn: 'X000001',
      offenderId: 2500343964,
      otherIds: { croNumber: 'SG93/111111D', niNumber: 'NE998877C' },
      aliases: [{ firstName: 'Andrew', surname: 'Marke', dateOfBirth: '1970-01-01' }],
    });
    const reply = await client.match<{ matches: { offender: unknown }[] }>(ANDY_MARKE);
    expect(reply.body.matches[0].offender).toMatchObject({
      offenderId: 2500343964,
      firstName: 'Andy',
      surname: 'Marke',
      dateOfBirth: '1970-01-01',
      otherIds: { crn: 'X000001', croNumber: 'SG93/111111D', niNumber: 'NE998877C' },
      offenderAliases: [{ firstName: 'Andrew', surname: 'Marke', dateOfBirth: '1970-01-01' }],
      currentDisposal: '1',
      softDeleted: false,
    });
  });

  it.each([
    ['a blank surname', { ...ANDY_MARKE, surname: ' ' }],
    ['no surname', { firstName: 'ANDY' }],
    ['a date of birth in the future', { ...ANDY_MARKE, dateOfBirth: '2999-01-01' }],
    ['a date that is not a date', { ...ANDY_MARKE, dateOfBirth: '1970-02-30' }],
  ])('when the request has %s, then 400', async (_, request) => {
    withCases({ crn: 'X000001' });
    const reply = await client.match<{ status: number }>(request);
    expect(reply.status).toBe(400);
    expect(reply.body.status).toBe(400);
  });
});
