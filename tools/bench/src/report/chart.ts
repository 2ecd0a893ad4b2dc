import type { RecordedRun, Sample } from './run-recorder';

/**
 * One bench's run as a small SVG line chart, written by hand so that no browser or plotting package is needed:
 * throughput (items per second of the phase running, left axis) and resident memory (MB, right axis) over time.
 * Phases are numbered at the line where each starts and listed under the chart with what they count and whose
 * memory they sample. When phases count at very different rates (rows seeded at thousands a second, bookings
 * worked at tens), the throughput axis is logarithmic, so both stay readable; the axis label says so.
 */
const WIDTH = 760;
const PLOT = { left: 64, right: WIDTH - 64, top: 56, bottom: 296 };
const PHASE_LINE_HEIGHT = 16;
const MAX_POINTS = 600;
const COLOURS = { throughput: '#1f6fb4', memory: '#c8402a', grid: '#e4e4e4', axis: '#444', phase: '#999' };

export function renderChart(run: RecordedRun): string {
  const samples = thin(run.samples);
  const duration = Math.max(1, ...run.phases.map((p) => p.end), ...samples.map((s) => s.t));
  const rates = samples.flatMap((s) => (s.rate === undefined ? [] : [s.rate]));
  const memory = samples.flatMap((s) => (s.rssMb === undefined ? [] : [s.rssMb]));
  const x = linearScale(0, niceCeiling(duration), PLOT.left, PLOT.right);
  const rateAxis = useLogScale(run) ? logAxis(rates) : linearAxis(rates);
  const memoryAxis = linearAxis(memory);
  const yRate = (v: number) => PLOT.bottom - rateAxis.fraction(v) * (PLOT.bottom - PLOT.top);
  const yMemory = (v: number) => PLOT.bottom - memoryAxis.fraction(v) * (PLOT.bottom - PLOT.top);
  const height = PLOT.bottom + 52 + run.phases.length * PHASE_LINE_HEIGHT;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11" fill="${COLOURS.axis}">`,
    `<title>${esc(`bench ${run.bench}: throughput and resident memory over time`)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="20" font-size="14" font-weight="bold">${esc(`bench ${run.bench}`)}</text>`,
    legend(),
  );

  // Grid and axes.
  for (const tick of rateAxis.ticks) {
    const y = round(yRate(tick));
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}" stroke="${COLOURS.grid}"/>`,
      `<text x="${PLOT.left - 6}" y="${y + 4}" text-anchor="end">${tickLabel(tick)}</text>`,
    );
  }
  for (const tick of memoryAxis.ticks) {
    out.push(
      `<text x="${PLOT.right + 6}" y="${round(yMemory(tick)) + 4}" fill="${COLOURS.memory}">${tickLabel(tick)}</text>`,
    );
  }
  for (const tick of niceTicks(0, niceCeiling(duration))) {
    const px = round(x(tick));
    out.push(
      `<line x1="${px}" x2="${px}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 4}" stroke="${COLOURS.axis}"/>`,
      `<text x="${px}" y="${PLOT.bottom + 16}" text-anchor="middle">${tickLabel(tick)}</text>`,
    );
  }
  out.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="${COLOURS.axis}"/>`,
    `<text class="axis-label" x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 32}" text-anchor="middle">time (s)</text>`,
    `<text class="axis-label" transform="translate(16 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="${COLOURS.throughput}">throughput (items/s${rateAxis.log ? ', log scale' : ''})</text>`,
    `<text class="axis-label" transform="translate(${WIDTH - 12} ${(PLOT.top + PLOT.bottom) / 2}) rotate(90)" text-anchor="middle" fill="${COLOURS.memory}">resident memory (MB)</text>`,
  );

  // Phases: a numbered dashed line where each starts (numbers of phases close together stepped down so that
  // they do not overlap), and a list below.
  let labelRow = 0;
  let lastLabelX = -Infinity;
  run.phases.forEach((phase, i) => {
    const px = round(x(phase.start));
    labelRow = px - lastLabelX < 14 ? labelRow + 1 : 0;
    lastLabelX = px;
    out.push(
      `<line x1="${px}" x2="${px}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${COLOURS.phase}" stroke-dasharray="3 3"/>`,
      `<text x="${px + 3}" y="${PLOT.top + 12 + labelRow * 12}" fill="${COLOURS.phase}">${i + 1}</text>`,
    );
    const y = PLOT.bottom + 52 + i * PHASE_LINE_HEIGHT;
    const span = `${tickLabel(phase.start)}-${tickLabel(phase.end)} s`;
    out.push(
      `<text class="phase" x="${PLOT.left}" y="${y}">${i + 1}. ${esc(phase.name)} (${esc(phase.unit)}/s; memory of ${esc(phase.memoryOf)}), ${span}</text>`,
    );
  });

  // Series: throughput only within phases (a gap between them); memory wherever it was sampled, broken where it
  // moves from one process to another.
  for (const segment of segments(samples, (s) => s.rate)) {
    out.push(
      polyline(
        'throughput',
        COLOURS.throughput,
        segment.map((s) => [x(s.t), yRate(s.value)]),
      ),
    );
  }
  const memoryOf = (t: number) =>
    run.phases.find((phase) => phase.start <= t && t <= phase.end)?.memoryOf ?? 'bench';
  for (const segment of segments(
    samples,
    (s) => s.rssMb,
    (s) => memoryOf(s.t),
  )) {
    out.push(
      polyline(
        'memory',
        COLOURS.memory,
        segment.map((s) => [x(s.t), yMemory(s.value)]),
      ),
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function legend(): string {
  const item = (cx: number, colour: string, label: string) =>
    `<line x1="${cx}" x2="${cx + 18}" y1="38" y2="38" stroke="${colour}" stroke-width="2"/>` +
    `<text x="${cx + 22}" y="42">${label}</text>`;
  return (
    item(PLOT.left, COLOURS.throughput, 'throughput') +
    item(PLOT.left + 110, COLOURS.memory, 'resident memory')
  );
}

function polyline(series: string, colour: string, points: [number, number][]): string {
  const coords = points.map(([px, py]) => `${round(px)},${round(py)}`).join(' ');
  return `<polyline class="${series}" fill="none" stroke="${colour}" stroke-width="1.5" points="${coords}"/>`;
}

/** Runs of consecutive samples that have a value (a phase's rate, or memory while its process ran) and one `owner`. */
function segments(
  samples: Sample[],
  value: (s: Sample) => number | undefined,
  owner: (s: Sample) => string = () => '',
) {
  const runs: { t: number; value: number }[][] = [];
  let current: { t: number; value: number }[] = [];
  let currentOwner: string | undefined;
  for (const sample of samples) {
    const v = value(sample);
    if (v === undefined || owner(sample) !== currentOwner) {
      if (current.length) runs.push(current);
      current = [];
      currentOwner = owner(sample);
    }
    if (v !== undefined) current.push({ t: sample.t, value: v });
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Phases whose typical rates differ by more than 20 times share the axis only on a log scale. */
function useLogScale(run: RecordedRun): boolean {
  const peaks = run.phases
    .map((phase) =>
      Math.max(
        0,
        ...run.samples.filter((s) => s.t > phase.start && s.t <= phase.end).map((s) => s.rate ?? 0),
      ),
    )
    .filter((peak) => peak > 0);
  return peaks.length > 1 && Math.max(...peaks) / Math.min(...peaks) > 20;
}

interface Axis {
  ticks: number[];
  /** Where a value falls between the bottom (0) and the top (1) of the plot. */
  fraction(value: number): number;
  log: boolean;
}

function linearAxis(values: number[]): Axis {
  const top = niceCeiling(Math.max(1, ...values));
  return { ticks: niceTicks(0, top), fraction: (v) => Math.min(1, Math.max(0, v / top)), log: false };
}

function logAxis(values: number[]): Axis {
  const positive = values.filter((v) => v > 0);
  const low = Math.floor(Math.log10(Math.max(1, Math.min(...positive))));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...positive))));
  const ticks = Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
  const fraction = (v: number) =>
    v <= 0 ? 0 : Math.min(1, Math.max(0, (Math.log10(v) - low) / (high - low)));
  return { ticks, fraction, log: true };
}

function linearScale(d0: number, d1: number, r0: number, r1: number) {
  return (v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** 1, 2 or 5 times a power of ten: the tick step for about five intervals. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiple = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return multiple * power;
}

function niceCeiling(value: number): number {
  const step = niceStep(value);
  return Math.ceil(value / step) * step;
}

function niceTicks(from: number, to: number): number[] {
  const step = niceStep(to - from);
  const ticks: number[] = [];
  for (let v = from; v <= to + step / 1e6; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * Every sample while there are few; otherwise evenly spaced ones, so the file stays small, keeping those either
 * side of a gap so that a gap between phases stays one.
 */
function thin(samples: Sample[]): Sample[] {
  if (samples.length <= MAX_POINTS) return samples;
  const every = Math.ceil(samples.length / MAX_POINTS);
  const edge = (i: number) =>
    (samples[i - 1]?.rate === undefined) !== (samples[i].rate === undefined) ||
    (samples[i + 1]?.rate === undefined) !== (samples[i].rate === undefined);
  return samples.filter((_, i) => i % every === 0 || i === samples.length - 1 || edge(i));
}

const tickLabel = (v: number) => (v >= 10_000 ? `${v / 1000}k` : String(Math.round(v * 100) / 100));
const round = (v: number) => Math.round(v * 10) / 10;
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
