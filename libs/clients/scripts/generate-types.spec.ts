import { readFile } from 'node:fs/promises';
import { UPSTREAM_APIS } from '../src/openapi-documents';
import { generatedPath, generateTypes } from './generate-types';

describe('committed generated types', () => {
  it.each(UPSTREAM_APIS)('match what %s.yaml generates (run `npm run generate:clients`)', async (name) => {
    const committed = await readFile(generatedPath(name), 'utf8');
    expect(committed).toBe(await generateTypes(name));
  });
});
