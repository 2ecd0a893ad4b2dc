import { eventually } from '@ptpu/local-stack';
import { PROCESSING_WAIT_MS, startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE } from './support/sample-events';

describe('processor: dry run', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'dry-run', env: { PRISONTOPROBATION_DRY_RUN: 'true' } });
  });
  afterAll(() => stack.close());

  it('when the sample status change is processed, then Delius gets no write, no event is published, the row holds the writes', async () => {
    const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);

    const row = await eventually(async () => {
      const stored = await stack.row(id);
      expect(stored.status).toBe('DRY_RUN');
      return stored;
    }, PROCESSING_WAIT_MS);

    expect(row).toMatchObject({ matchingCrns: 'X142620', retryCount: 0 });
    expect(row.processedDate).toBeDefined();
    expect(JSON.parse(row.intendedWrites ?? '[]')).toEqual([
      { write: 'setNomsNumber', crn: 'X142620', nomsNumber: 'A5089DY' },
      {
        write: 'setBookingNumber',
        nomsNumber: 'A5089DY',
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
      },
      {
        write: 'setCustodyLocation',
        nomsNumber: 'A5089DY',
        bookingNo: '38339A',
        nomsPrisonInstitutionCode: 'MDI',
      },
      {
        write: 'replaceKeyDates',
        nomsNumber: 'A5089DY',
        bookingNo: '38339A',
        keyDates: {
          conditionalReleaseDate: '2022-11-26',
          licenceExpiryDate: '2025-09-10',
          sentenceExpiryDate: '2025-09-10',
        },
      },
    ]);
    expect(stack.deliusWrites()).toEqual([]);
    expect(
      stack.sandbox.admin.requests({ upstream: 'offenderSearch', method: 'POST', path: '/match' }),
    ).toHaveLength(1);
    expect(stack.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A9999DY');
    expect(await stack.domainEvents.drain()).toEqual([]);
  });
});
