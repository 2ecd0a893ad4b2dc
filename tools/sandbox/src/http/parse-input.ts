import type { z } from 'zod';
import { badRequest } from './http-problem';

/** Validates a request body or parameter against a schema; failures are a 400 naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw badRequest(`Invalid request: ${details.join('; ')}`);
}
