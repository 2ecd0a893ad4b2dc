import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderChart } from '../src/report/chart';
import type { RecordedRun } from '../src/report/run-recorder';

/** A small run as the recorder keeps it: seeding rows fast, then working bookings slowly in a child process. */
const fixture = JSON.parse(
  readFileSync(path.join(__dirname, 'fixtures/recorded-run.json'), 'utf8'),
) as RecordedRun;

interface Element {
  [key: string]: unknown;
}

function parse(svg: string): Element {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text' });
  return (parser.parse(svg) as { svg: Element }).svg;
}

const all = (value: unknown): Element[] =>
  value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Element[]);
const texts = (svg: Element) =>
  all(svg.text).map((t) => (typeof t === 'object' ? String(t['#text'] ?? '') : String(t)));

describe('renderChart', () => {
  const svg = renderChart(fixture);
  const root = parse(svg);

  it('writes a well-formed SVG document', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.width)).toBeGreaterThan(0);
  });

  it('draws both series: throughput in each phase (with the gap between them), memory of each process', () => {
    const lines = all(root.polyline);
    const throughput = lines.filter((line) => line.class === 'throughput');
    const memory = lines.filter((line) => line.class === 'memory');

    expect(throughput).toHaveLength(2);
    expect(memory).toHaveLength(2);
    const points = (line: Element) => String(line.points).split(' ');
    expect(throughput.map(points).map((p) => p.length)).toEqual([10, 12]);
    // The bench's own memory until the processor's phase starts, then the processor's.
    expect(memory.map(points).map((p) => p.length)).toEqual([12, 12]);
    for (const point of [...throughput, ...memory].flatMap(points)) {
      expect(point).toMatch(/^\d+(\.\d)?,\d+(\.\d)?$/);
    }
  });

  it('labels the axes, using a log scale when the phases run at very different rates', () => {
    expect(texts(root)).toEqual(
      expect.arrayContaining(['time (s)', 'throughput (items/s, log scale)', 'resident memory (MB)']),
    );
    expect(texts(root)).toEqual(expect.arrayContaining(['10', '100', '1000']));
  });

  it('lists the phases with what they count and whose memory they sample', () => {
    expect(texts(root).filter((t) => /^\d\. /.test(t))).toEqual([
      '1. seed 5,000 due rows (rows/s; memory of bench), 0-5 s',
      '2. work 500 bookings (bookings/s; memory of processor), 6.2-12 s',
    ]);
    expect(all(root.title)[0]).toBe('bench fixture: throughput and resident memory over time');
  });

  it('keeps a linear throughput axis when the rates are alike', () => {
    const alike: RecordedRun = { ...fixture, phases: fixture.phases.slice(0, 1) };
    expect(texts(parse(renderChart(alike)))).toContain('throughput (items/s)');
  });

  it('stays small for a long run', () => {
    const long: RecordedRun = {
      bench: 'long',
      phases: [{ name: 'work', unit: 'bookings', start: 0, end: 3600, memoryOf: 'processor' }],
      samples: Array.from({ length: 7200 }, (_, i) => ({
        t: i / 2,
        rate: 50 + (i % 7),
        rssMb: 150 + (i % 11),
      })),
    };
    expect(renderChart(long).length).toBeLessThan(40_000);
  });
});
