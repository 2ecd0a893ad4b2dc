/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring characters as
 * one edit (optimal string alignment): the four ways a variable name is usually mistyped.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate nearest to `name` when within two edits: further, in an environment the apps share, it is far
 * more likely another app's variable than a typo. Ties go to the alphabetically first, whatever the order given.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  let nearest: { candidate: string; distance: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(name, candidate);
    if (distance <= 2 && (nearest === undefined || distance < nearest.distance)) {
      nearest = { candidate, distance };
    }
  }
  return nearest?.candidate;
}
