// Writes tools/sandbox/world.schema.json from the zod world schema; world-schema.test.ts fails while they differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { worldJsonSchema } from '../src/world/world-json-schema';

const target = join(__dirname, '..', 'world.schema.json');
writeFileSync(target, worldJsonSchema());
console.log(`wrote ${target}`);
