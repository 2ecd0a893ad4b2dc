/** One instruction of a Dockerfile, continuation lines joined. */
interface Instruction {
  keyword: string;
  args: string;
}

/** One build stage: what it starts from, its name, and its instructions after FROM. */
export interface Stage {
  /** The FROM image with global ARG defaults substituted (another stage's name when it builds on one). */
  base: string;
  name?: string;
  instructions: Instruction[];
}

/**
 * Splits a Dockerfile into stages. Enough of the syntax for the rules in dockerfile-rules.ts: comments,
 * continuation lines, `FROM image AS name` and global `ARG NAME=default` used in FROM lines.
 */
export function parseDockerfile(text: string): Stage[] {
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const { keyword, args } of instructionsOf(text)) {
    if (keyword === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      const base = image.replace(/\$\{?(\w+)\}?/g, (_, arg: string) => globalArgs[arg] ?? '');
      stages.push({ base, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0) {
      if (keyword === 'ARG') {
        const [arg, value = ''] = args.split('=');
        globalArgs[arg.trim()] = value.trim();
      }
    } else {
      stages[stages.length - 1].instructions.push({ keyword, args });
    }
  }
  return stages;
}

function instructionsOf(text: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    if (/\\\s*$/.test(line)) {
      pending += line.replace(/\\\s*$/, ' ');
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  if (pending) logical.push(pending);
  return logical
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [keyword] = line.split(/\s/, 1);
      return { keyword: keyword.toUpperCase(), args: line.slice(keyword.length).trim() };
    });
}
