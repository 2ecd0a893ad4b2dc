/**
 * `npm run bench -- <name> [...]`: runs tools/bench/<name>.bench.ts (all of them, one after another, without a
 * name). Each bench prints its own figures as it goes and shows progress through its long phases. When a bench
 * completes, its figures (with units, targets and verdicts, the command, the commit and the machine's load)
 * replace its entry in bench-results.json, and its run is drawn at bench-charts/<name>.svg (throughput and
 * resident memory over time). docs/benchmarks.md says how to read both.
 * Benchmarks measure; they never fail a build (a missed target is reported, not an error).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Bench } from './src/report/bench-context';
import { renderChart } from './src/report/chart';
import {
  describeFigure,
  gitState,
  machine,
  recordResult,
  roundedLoad,
  withVerdict,
  type Figure,
} from './src/report/results-file';
import { RunRecorder } from './src/report/run-recorder';

const root = path.resolve(__dirname, '../..');
const RESULTS_FILE = path.join(root, 'bench-results.json');
const CHARTS_DIR = path.join(root, 'bench-charts');

const available = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const names = name ? [name] : available;
  const command = ['npm run bench', ...(name ? ['--', name, ...args] : [])].join(' ');
  for (const each of names) {
    if (!available.includes(each))
      throw new Error(`no benchmark "${each}"; available: ${available.join(', ')}`);
    console.log(`\n== bench ${each}`);
    const bench = (await import(path.join(__dirname, `${each}.bench.ts`))) as Bench;
    await runOne(each, bench, args, command);
  }
}

async function runOne(name: string, bench: Bench, args: string[], command: string): Promise<void> {
  const loadAtStart = roundedLoad();
  const startedAt = new Date();
  const recorder = new RunRecorder(name, { progressTo: process.stderr });
  const figures: Figure[] = [];
  try {
    await bench.run(args, {
      phase: (phase, options) => recorder.phase(phase, options),
      figure: (figure) => void figures.push(withVerdict(figure)),
    });
  } catch (error) {
    recorder.finish();
    throw error;
  }
  const recorded = recorder.finish();

  mkdirSync(CHARTS_DIR, { recursive: true });
  const chart = path.join(CHARTS_DIR, `${name}.svg`);
  writeFileSync(chart, renderChart(recorded));
  recordResult(RESULTS_FILE, name, {
    command,
    ...gitState(root),
    ranAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    machine: machine(loadAtStart),
    figures,
    allTargetsMet: figures.every((figure) => figure.met !== false),
    chart: path.relative(root, chart),
  });
  console.log(
    `\n${name}: ${figures
      .filter((f) => f.target)
      .map(describeFigure)
      .join('; ')}`,
  );
  console.log(
    `  all figures in ${path.relative(root, RESULTS_FILE)}, the run drawn in ${path.relative(root, chart)}`,
  );
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
