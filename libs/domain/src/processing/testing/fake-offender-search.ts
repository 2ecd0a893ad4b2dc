import type { OffenderSearch } from '../../ports/upstreams.port';
import { buildCandidateOffender } from '../../testing/build-delius-values';
import type { MatchRequest, OffenderMatches } from '../../upstream/delius';
import type { CallJournal } from './call-journal';

/**
 * offender-search answering as in the original's sample: two candidates by external key, X142620 (no NOMS
 * number yet) and X181002 (someone else's NOMS number, and a PNC of its own).
 */
export class FakeOffenderSearch implements OffenderSearch {
  result: OffenderMatches = {
    matchedBy: 'EXTERNAL_KEY',
    matches: [
      {
        offender: buildCandidateOffender({
          crn: 'X142620',
          nomsNumber: undefined,
          pncNumber: undefined,
          croNumber: 'SG93/111111D',
        }),
      },
      {
        offender: buildCandidateOffender({
          crn: 'X181002',
          nomsNumber: 'G8020GG',
          pncNumber: '2004/0050290Y',
          croNumber: undefined,
        }),
      },
    ],
  };
  /** Answers by request when set (a second search without the NOMS number finds other cases); else `result`. */
  answer?: (request: MatchRequest) => OffenderMatches;
  readonly requests: MatchRequest[] = [];

  constructor(private readonly journal: CallJournal) {}

  async match(request: MatchRequest) {
    this.journal.record('match');
    this.requests.push(request);
    return this.answer ? this.answer(request) : this.result;
  }
}
