import type { FigureInput } from './results-file';
import type { Phase, PhaseOptions } from './run-recorder';

/** What run.ts gives each bench: progress and the chart's samples, and where its figures go. */
export interface BenchContext {
  /**
   * Starts a phase that works through items (ending the one before): its progress is shown once it runs for
   * a few seconds, and the chart draws its throughput and the memory of the process it names.
   */
  phase(name: string, options: PhaseOptions): Phase;
  /** A figure for bench-results.json (and the summary printed at the end), with its unit and any target. */
  figure(figure: FigureInput): void;
}

/** A tools/bench/<name>.bench.ts module. */
export interface Bench {
  run(args: string[], context: BenchContext): Promise<void>;
}
