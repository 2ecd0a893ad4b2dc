import { z } from 'zod';
import { worldSchema } from './world.schema';

/** world.schema.json's content: the zod schema as JSON Schema, for editors and for people reading the format. */
export function worldJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(worldSchema, { io: 'input' }),
    $id: 'https://github.com/ministryofjustice/prison-to-probation-update/tools/sandbox/world.schema.json',
    title: 'prison-to-probation-update sandbox world',
    description:
      'The people the sandbox upstreams know: NOMIS prisoners (read-only) and Delius cases (changed by writes). ' +
      'Generated from tools/sandbox/src/world/world.schema.ts by tools/sandbox/scripts/generate-world-schema.ts.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
