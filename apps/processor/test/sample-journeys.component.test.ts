import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_BOOKING_NUMBER_CHANGE, SAMPLE_MOVEMENT, SAMPLE_STATUS_CHANGE } from './support/sample-events';

/** The original service's sample events for booking 1200835, end to end through the sandbox's NOMIS and Delius. */
describe('processor: the original samples', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'samples' });
  });
  afterAll(() => stack.close());

  beforeEach(async () => {
    stack.sandbox.admin.loadWorld(stack.world);
    stack.sandbox.admin.clearRequests();
    await stack.domainEvents.drain();
  });

  const processed = (id: string) => stack.processed(id);

  it('when the sample status change is processed, then X142620 holds A5089DY, 38339A, MDI and the key dates', async () => {
    const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);

    const row = await processed(id);

    expect(row).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620', retryCount: 0 });
    const delius = stack.sandbox.admin.deliusState('X142620');
    expect(delius?.otherIds.nomsNumber).toBe('A5089DY');
    const custodial = delius?.convictions.find((conviction) => conviction.custody);
    expect(custodial?.custody).toMatchObject({
      bookingNumber: '38339A',
      institution: 'MDI',
      keyDates: {
        conditionalReleaseDate: '2022-11-26',
        licenceExpiryDate: '2025-09-10',
        sentenceExpiryDate: '2025-09-10',
      },
    });
    // X142620 held A9999DY, the number merged into A5089DY: his own case under an old number, so the number is
    // set by CRN and announced as an update of the prison identifier.
    expect(stack.deliusWrites().map((request) => `${request.method} ${request.path}`)).toContain(
      'PUT /secure/offenders/crn/X142620/nomsNumber',
    );
    const events = await stack.domainEvents.drain();
    expect(events).toEqual([
      {
        eventType: 'probation-case.prison-identifier.updated',
        eventId: expect.stringMatching(/\/probation-case\.prison-identifier\.updated\/X142620$/),
        body: expect.objectContaining({
          eventType: 'probation-case.prison-identifier.updated',
          version: 1,
          detailUrl: null,
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
          personReference: {
            identifiers: [
              { type: 'CRN', value: 'X142620' },
              { type: 'NOMS', value: 'A5089DY' },
            ],
          },
        }),
      },
    ]);
  });

  it('when the same booking’s status changes again after it completed, then no Delius write is sent', async () => {
    await processed(await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE));
    stack.sandbox.admin.clearRequests();
    await stack.domainEvents.drain();

    const row = await processed(await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE));

    expect(row).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(stack.deliusWrites()).toEqual([]);
    expect(stack.sandbox.admin.requests({ upstream: 'communityApi', method: 'GET' }).length).toBeGreaterThan(
      0,
    );
    expect(await stack.domainEvents.drain()).toEqual([]);
  });

  it('when the sample merge is processed, then A9999DY on X142620 is replaced by A5089DY and the update published', async () => {
    const id = await stack.storeEvent('BOOKING_NUMBER-CHANGED', SAMPLE_BOOKING_NUMBER_CHANGE);

    const row = await processed(id);

    expect(row.status).toBe('COMPLETED');
    expect(stack.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    expect(stack.deliusWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      'PUT /secure/offenders/nomsNumber/A9999DY/nomsNumber',
    ]);
    expect(await stack.domainEvents.drain()).toEqual([
      {
        eventType: 'probation-case.prison-identifier.updated',
        eventId: expect.stringMatching(/\/probation-case\.prison-identifier\.updated\/X142620$/),
        body: expect.objectContaining({
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
          personReference: {
            identifiers: [
              { type: 'CRN', value: 'X142620' },
              { type: 'NOMS', value: 'A5089DY' },
            ],
          },
        }),
      },
    ]);
  });

  it('when the sample admission to MDI arrives while Delius has the linked custody at Leeds, then it moves to MDI', async () => {
    stack.sandbox.admin.loadWorld(
      withCustodyAt(stack.world, 'X142620', 'LEI', { nomsNumber: 'A5089DY', bookingNumber: '38339A' }),
    );

    const row = await processed(await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', SAMPLE_MOVEMENT));

    expect(row.status).toBe('COMPLETED');
    expect(stack.deliusWrites().map((request) => [request.path, request.body])).toEqual([
      [
        '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A',
        { nomsPrisonInstitutionCode: 'MDI' },
      ],
    ]);
    const custodial = stack.sandbox.admin
      .deliusState('X142620')
      ?.convictions.find((conviction) => conviction.custody);
    expect(custodial?.custody?.institution).toBe('MDI');
  });

  it('when the sample admission arrives before Delius knows the book number, then COMPLETED with nothing written', async () => {
    const row = await processed(await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', SAMPLE_MOVEMENT));

    expect(row.status).toBe('COMPLETED');
    expect(stack.deliusWrites()).toEqual([]);
  });

  it('reports its tables, topic and upstreams on /health, only its own AWS resources for readiness, and the metrics', async () => {
    await processed(await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE));
    const { url } = stack.processor;

    const health = await fetch(`${url}/health`);
    const readiness = (await (await fetch(`${url}/health/readiness`)).json()) as { components: object };
    const metrics = await (await fetch(`${url}/prometheus`)).text();

    expect(health.status).toBe(200);
    expect(Object.keys(((await health.json()) as { components: object }).components).sort()).toEqual([
      'OAuthApiHealth',
      'communityApiHealth',
      'domaineventtopic-health',
      'healthInfo',
      'messageTable',
      'prisonApiHealth',
      'scheduleTable',
      'searchApiHealth',
    ]);
    expect(Object.keys(readiness.components).sort()).toEqual([
      'domaineventtopic-health',
      'messageTable',
      'scheduleTable',
    ]);
    expect(metrics).toMatch(/^ptpu_statusChangeCounter_total\{type="success"\} [1-9]/m);
    expect(metrics).toMatch(
      /^ptpu_statusChange_retries_bucket\{le="1",eventType="successAfterRetries"\} [1-9]/m,
    );
    expect(metrics).toMatch(/^ptpu_movement_total\{type="total"\} \d/m);
  });
});

/** The default world with one case linked to a prisoner and its custodial event at another prison. */
function withCustodyAt(
  world: ProcessorStack['world'],
  crn: string,
  institution: string,
  linked: { nomsNumber: string; bookingNumber: string },
): ProcessorStack['world'] {
  const copy = structuredClone(world);
  const deliusCase = copy.deliusCases.find((c) => c.crn === crn);
  if (!deliusCase) throw new Error(`no case ${crn} in the world`);
  deliusCase.otherIds = { ...deliusCase.otherIds, nomsNumber: linked.nomsNumber };
  for (const conviction of deliusCase.convictions) {
    if (!conviction.custody) continue;
    conviction.custody.institution = institution;
    conviction.custody.bookingNumber = linked.bookingNumber;
  }
  return copy;
}
