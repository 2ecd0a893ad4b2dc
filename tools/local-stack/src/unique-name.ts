import { randomBytes } from 'node:crypto';

/**
 * A resource name no other suite or `npm start` uses: every test suite provisions its own topics, queues
 * and tables under such names (docs/architecture.md, How it is tested).
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
