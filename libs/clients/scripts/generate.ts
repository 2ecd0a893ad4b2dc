// Regenerates libs/clients/src/generated/*.ts from libs/clients/openapi/*.yaml (`npm run generate:clients`).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UPSTREAM_APIS } from '../src/openapi-documents';
import { generatedPath, generateTypes } from './generate-types';

async function main(): Promise<void> {
  for (const name of UPSTREAM_APIS) {
    const target = generatedPath(name);
    await writeFile(target, await generateTypes(name));
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
