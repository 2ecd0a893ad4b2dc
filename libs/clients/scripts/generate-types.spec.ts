import { readFile } from 'node:fs/promises';
import { generatedPath, generateTypes, UPSTREAM_DOCUMENTS } from './generate-types';

describe('committed generated types', () => {
  it.each(UPSTREAM_DOCUMENTS)(
    'match what %s.yaml generates (run `npm run generate:clients`)',
    async (name) => {
      const committed = await readFile(generatedPath(name), 'utf8');
      expect(committed).toBe(await generateTypes(name));
    },
  );
});
