/**
 * `npm run bench -- <name> [...]`: runs tools/bench/<name>.bench.ts, each of which prints its own figures.
 * Benchmarks measure; they never fail a build (targets are printed beside the figures).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

interface Bench {
  run(args: string[]): Promise<void>;
}

const available = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const names = name ? [name] : available;
  for (const each of names) {
    if (!available.includes(each))
      throw new Error(`no benchmark "${each}"; available: ${available.join(', ')}`);
    console.log(`\n== bench ${each}`);
    const bench = (await import(path.join(__dirname, `${each}.bench.ts`))) as Bench;
    await bench.run(args);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
