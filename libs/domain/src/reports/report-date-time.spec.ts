import { londonDateTime } from '../time/london';
import { reportDateTime } from './csv-report';

describe('reportDateTime', () => {
  it('prints winter instants unchanged and summer instants an hour on, seconds truncated', () => {
    expect(reportDateTime(Date.parse('2026-01-15T10:00:00.999Z'))).toBe('2026-01-15T10:00:00');
    expect(reportDateTime(Date.parse('2026-07-15T23:30:00.000Z'))).toBe('2026-07-16T00:30:00');
  });

  it('changes offset exactly at the clock changes', () => {
    expect(reportDateTime(Date.parse('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29T00:59:59');
    expect(reportDateTime(Date.parse('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T02:00:00');
    expect(reportDateTime(Date.parse('2026-10-25T00:59:59.000Z'))).toBe('2026-10-25T01:59:59');
    expect(reportDateTime(Date.parse('2026-10-25T01:00:00.000Z'))).toBe('2026-10-25T01:00:00');
  });

  it('agrees with the Intl-based London clock on every quarter hour of two years', () => {
    const disagreements: string[] = [];
    for (
      let t = Date.parse('2025-01-01T00:07:13.000Z');
      t < Date.parse('2027-01-01T00:00:00Z');
      t += 900_000
    ) {
      if (reportDateTime(t) !== londonDateTime(new Date(t))) disagreements.push(new Date(t).toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});
