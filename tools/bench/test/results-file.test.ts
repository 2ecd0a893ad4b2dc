import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeFigure, recordResult, withVerdict, type BenchResult } from '../src/report/results-file';

const result = (commit: string, value: number): BenchResult => ({
  command: 'npm run bench -- store',
  commit,
  uncommittedChanges: false,
  ranAt: '2026-01-15T12:00:00.000Z',
  durationSeconds: 30,
  machine: { cpus: 2, node: 'v24.0.0', loadAverage: { atStart: [1, 1, 1], atEnd: [2, 1, 1] } },
  figures: [withVerdict({ name: 'ratio', value, unit: 'ratio', target: { op: '<=', value: 1.1 } })],
  allTargetsMet: value <= 1.1,
  chart: 'bench-charts/store.svg',
});

describe('recordResult', () => {
  it("replaces the bench's previous entry, keeps the others and orders them by name", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-results-')), 'bench-results.json');
    writeFileSync(file, JSON.stringify({ validator: { kept: true } }));

    recordResult(file, 'store', result('aaa', 1.3));
    recordResult(file, 'store', result('bbb', 1.0));

    const text = readFileSync(file, 'utf8');
    const written = JSON.parse(text) as Record<string, BenchResult>;
    expect(text).toContain('"atStart": [1, 1, 1]');
    expect(Object.keys(written)).toEqual(['store', 'validator']);
    expect(written.validator).toEqual({ kept: true });
    expect(written.store.commit).toBe('bbb');
    expect(written.store.figures).toEqual([
      { name: 'ratio', value: 1, unit: 'ratio', target: { op: '<=', value: 1.1 }, met: true },
    ]);
  });
});

describe('figures', () => {
  it.each([
    [
      { name: 'peak RSS', value: 171.4, unit: 'MB', target: { op: '<', value: 300 } },
      'peak RSS 171.4 MB (target < 300: met)',
    ],
    [
      { name: 'efficiency', value: 0.78, unit: 'ratio', target: { op: '>=', value: 0.8 } },
      'efficiency 0.78 (target >= 0.8: NOT MET)',
    ],
    [{ name: 'baseline', value: 97, unit: 'events/s' }, 'baseline 97 events/s'],
  ] as const)('describes %j', (figure, text) => {
    expect(describeFigure(withVerdict(figure))).toBe(text);
  });
});
