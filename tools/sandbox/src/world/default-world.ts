import { join } from 'node:path';

/** The seeded world of a dozen people covering every path of architecture.md section 3.4 (see README). */
export const DEFAULT_WORLD_PATH = join(__dirname, '..', '..', 'worlds', 'default.json');
