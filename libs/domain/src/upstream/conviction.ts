import type { Custody } from './custody';
import type { IsoDate } from './iso-date';

/**
 * A Delius conviction (community-api `Conviction`) reduced to what matching reads: a conviction with a
 * `custody` is custodial, and its `sentence.startDate` is compared with the NOMIS sentence start date.
 */
export interface Conviction {
  convictionId?: number;
  /** The event number within the offender, e.g. `"3"`. */
  index: string;
  /** Ignored by matching: an inactive custodial event may be a recall. */
  active: boolean;
  convictionDate?: IsoDate;
  sentence?: { sentenceId?: number; description?: string; startDate?: IsoDate };
  custody?: Custody;
}
