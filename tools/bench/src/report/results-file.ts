import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** A figure's target: the figure compared with `value` by `op` (`<= 1.1`: at most 1.1). */
interface Target {
  op: '<=' | '>=' | '<' | '>';
  value: number;
}

/** One measured figure. Those with a target say whether it was met; the others explain them. */
export interface Figure {
  name: string;
  value: number;
  /** `MB`, `s`, `events/s`, ...; `ratio` for a figure divided by another of the same unit. */
  unit: string;
  target?: Target;
  met?: boolean;
}

export type FigureInput = Omit<Figure, 'met'>;

/** One bench's latest run, as bench-results.json keeps it. */
export interface BenchResult {
  command: string;
  commit: string;
  /** Whether tracked files differed from `commit` when the bench ran (the figures may then not be the commit's). */
  uncommittedChanges: boolean;
  ranAt: string;
  durationSeconds: number;
  machine: {
    cpus: number;
    node: string;
    /** 1, 5 and 15-minute load averages at the start and the end: on a shared machine they explain the figures. */
    loadAverage: { atStart: number[]; atEnd: number[] };
  };
  figures: Figure[];
  /** Every figure with a target met it. */
  allTargetsMet: boolean;
  chart: string;
}

export function withVerdict(figure: FigureInput): Figure {
  if (!figure.target) return { ...figure };
  return { ...figure, met: meets(figure.value, figure.target) };
}

function meets(value: number, { op, value: limit }: Target): boolean {
  switch (op) {
    case '<=':
      return value <= limit;
    case '>=':
      return value >= limit;
    case '<':
      return value < limit;
    case '>':
      return value > limit;
  }
}

export const roundedLoad = (): number[] => loadavg().map((load) => Math.round(load * 100) / 100);

/** The commit the workspace is on and whether tracked files have changed since (`unknown` outside git). */
export function gitState(cwd: string): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
    };
  } catch {
    return { commit: 'unknown', uncommittedChanges: true };
  }
}

export function machine(loadAtStart: number[]): BenchResult['machine'] {
  return {
    cpus: cpus().length,
    node: process.version,
    loadAverage: { atStart: loadAtStart, atEnd: roundedLoad() },
  };
}

/**
 * Puts `result` in the results file under `bench`, replacing that bench's previous entry and keeping the others,
 * with the benches in name order and laid out as prettier would (lists of numbers on one line), so that its
 * history diffs cleanly and `npm run format` leaves it alone.
 */
export function recordResult(file: string, bench: string, result: BenchResult): void {
  const existing = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, BenchResult>)
    : {};
  const merged: Record<string, BenchResult> = { ...existing, [bench]: result };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((name) => [name, merged[name]]),
  );
  const json = JSON.stringify(sorted, null, 2).replace(
    /\[\s*(-?[\d.]+(?:,\s*-?[\d.]+)*)\s*\]/g,
    (_, list: string) => `[${list.split(/,\s*/).join(', ')}]`,
  );
  writeFileSync(file, `${json}\n`);
}

/** `read capacity ratio 1.00 (target <= 1.1: met)`. */
export function describeFigure({ name, value, unit, target, met }: Figure): string {
  const shown = `${name} ${formatNumber(value)}${unit === 'ratio' ? '' : ` ${unit}`}`;
  return target ? `${shown} (target ${target.op} ${target.value}: ${met ? 'met' : 'NOT MET'})` : shown;
}

const formatNumber = (value: number) =>
  Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
