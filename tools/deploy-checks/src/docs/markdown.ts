/** The project's own documentation, read by the checks that keep it in step with the code. */
export const ARCHITECTURE_DOC = 'docs/architecture.md';
export const RUNBOOK_DOC = 'docs/runbook.md';
export const OBSERVABILITY_DOC = 'docs/observability.md';

/** Where the alerts' `runbook_url`s point: the run book on the main branch, one heading per alert. */
export const RUNBOOK_URL = `https://github.com/ministryofjustice/prison-to-probation-update/blob/main/${RUNBOOK_DOC}`;

export interface Heading {
  level: number;
  text: string;
  /** The fragment GitHub links the heading by: `#<anchor>`. */
  anchor: string;
}

/** Lines inside fenced code blocks are not headings, whatever they start with. */
function linesOutsideCode(markdown: string): string[] {
  let inFence = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/**
 * Every ATX heading (`## Text`) with the anchor GitHub gives it: lower case, punctuation other than `-` and `_`
 * dropped, spaces as `-`, and `-1`, `-2`, ... after a repeated one.
 */
export function headingsOf(markdown: string): Heading[] {
  const seen = new Map<string, number>();
  return linesOutsideCode(markdown).flatMap((line) => {
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) return [];
    const slug = match[2]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const repeats = seen.get(slug) ?? 0;
    seen.set(slug, repeats + 1);
    return [{ level: match[1].length, text: match[2], anchor: repeats === 0 ? slug : `${slug}-${repeats}` }];
  });
}

/** The text under a heading, up to the next heading of the same or a higher level; an error when it is missing. */
export function sectionOf(markdown: string, headingText: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#{1,6} ${escaped(headingText)}\\s*$`).test(line));
  if (start < 0) throw new Error(`no heading "${headingText}"`);
  const level = /^#+/.exec(lines[start])?.[0].length ?? 1;
  const end = lines.findIndex((line, i) => i > start && (/^#+(?= )/.exec(line)?.[0].length ?? 7) <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The names a Markdown table lists in its first column as code (`| \`name\` | ...`), in order. */
export function firstColumnNames(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rows of the first Markdown table in `markdown`, header included, as trimmed cells. */
export function tableRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((line) => !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The names a cell writes as code, e.g. `` `A`, `B` `` gives A and B. */
export function codeNamesIn(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}
