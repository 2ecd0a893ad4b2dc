import type { WireOffenderDetail, WireOffenderMatches } from '../../wire-schemas';

// POST /match for ANDY MARKE as the original stub answered it: two candidates by EXTERNAL_KEY, of whom
// only X142620 has a custodial sentence starting near 2020-02-11.

export const sampleOffenderDetail = (overrides: Partial<WireOffenderDetail> = {}): WireOffenderDetail => ({
  offenderId: 2500343964,
  firstName: 'Andy',
  surname: 'Marke',
  dateOfBirth: '1965-07-19',
  gender: 'Male',
  otherIds: { crn: 'X142620', croNumber: 'SG93/111111D', niNumber: 'NE998877C' },
  softDeleted: false,
  currentDisposal: '1',
  partitionArea: 'National Data',
  currentRestriction: false,
  currentExclusion: false,
  activeProbationManagedSentence: true,
  ...overrides,
});

export const sampleOffenderMatches = (overrides: Partial<WireOffenderMatches> = {}): WireOffenderMatches => ({
  matchedBy: 'EXTERNAL_KEY',
  matches: [
    { offender: sampleOffenderDetail() },
    {
      offender: sampleOffenderDetail({
        offenderId: 2500343965,
        surname: 'Dolphin-Marke',
        otherIds: { crn: 'X181002', pncNumber: '2004/0050290Y', nomsNumber: 'G8020GG' },
      }),
    },
  ],
  ...overrides,
});
