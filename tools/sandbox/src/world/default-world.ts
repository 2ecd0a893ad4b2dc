import { join } from 'node:path';

/** The seeded world: one person per processing path (docs/architecture.md, Outcomes and statuses; see README). */
export const DEFAULT_WORLD_PATH = join(__dirname, '..', '..', 'worlds', 'default.json');
