import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrisonEvent } from './publish-event';

export const SAMPLES_DIR = join(__dirname, 'samples');

/** The event to publish: a sample by name (`imprisonment-status-changed`) or any JSON file by path. */
export async function readEvent(sampleOrPath: string): Promise<PrisonEvent> {
  const path = sampleOrPath.endsWith('.json') ? sampleOrPath : join(SAMPLES_DIR, `${sampleOrPath}.json`);
  const event: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (typeof event !== 'object' || event === null || typeof (event as PrisonEvent).eventType !== 'string') {
    throw new Error(`${path} is not an event: it needs a string eventType (the SNS eventType attribute)`);
  }
  return event as PrisonEvent;
}
