import { readFile } from 'node:fs/promises';
import { findConsistencyIssues } from './world-consistency';
import { WorldValidationError } from './world-validation.error';
import { type World, worldSchema } from './world.schema';

/** Validates a world (shape, then cross-record consistency); throws WorldValidationError listing every issue. */
export function parseWorld(input: unknown, source?: string): World {
  const parsed = worldSchema.safeParse(input);
  if (!parsed.success) {
    throw new WorldValidationError(
      parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
      source,
    );
  }
  const issues = findConsistencyIssues(parsed.data);
  if (issues.length > 0) {
    throw new WorldValidationError(
      issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
      source,
    );
  }
  return parsed.data;
}

/** Reads and validates a world file. */
export async function readWorldFile(path: string): Promise<World> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new WorldValidationError([`not JSON: ${(error as Error).message}`], path);
  }
  return parseWorld(json, path);
}

/** `prisoners[0].bookings[1].bookingId`, so an author can find the problem in their file. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(world)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
