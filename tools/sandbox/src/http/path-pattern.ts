/**
 * Matches request paths for faults and request filters. A pattern is a path whose segments may be `{name}`,
 * `:name` or `*` (any one segment) and may end in `**` (any rest, including nothing):
 * `/secure/offenders/crn/{crn}/convictions`, `/api/bookings/1200835/**`, `/**`.
 */
export function compilePathPattern(pattern: string): (path: string) => boolean {
  const segments = split(pattern);
  const rest = segments.at(-1) === '**';
  const fixed = rest ? segments.slice(0, -1) : segments;
  return (path) => {
    const actual = split(path);
    if (rest ? actual.length < fixed.length : actual.length !== fixed.length) return false;
    return fixed.every((segment, i) => isWildcard(segment) || segment === actual[i]);
  };
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function isWildcard(segment: string): boolean {
  return segment === '*' || segment.startsWith(':') || (segment.startsWith('{') && segment.endsWith('}'));
}
