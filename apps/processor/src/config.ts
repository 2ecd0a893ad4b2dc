import { z } from 'zod';
import {
  commonShape,
  duration,
  integer,
  loadConfig,
  processingShape,
  upstreamApisShape,
  type Env,
} from '@ptpu/platform';

/** The processor's environment (docs/architecture.md, "Configuration"); local defaults only. */
export const processorConfigSchema = z.object({
  ...commonShape(8082),
  ...upstreamApisShape,
  ...processingShape,
  /** How long a new row waits, so a booking's events are processed together. */
  PRISONTOPROBATION_HOLD_BACK_DURATION: duration().prefault('15m'),
  /** Milliseconds between the end of one cycle and the start of the next. */
  PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: integer({ min: 0, max: 3_600_000 }).prefault('1000'),
  /** Bookings worked at once; one booking's rows are always worked one after another. */
  PTPU_PROCESSING_CONCURRENCY: integer({ min: 1, max: 64 }).prefault('8'),
  PTPU_PAGE_SIZE: integer({ min: 1, max: 1000 }).prefault('100'),
  PTPU_LOCK_LEASE: duration()
    .prefault('2m')
    .refine((ms) => ms >= 300, 'expected a lease of at least 300ms'),
});

export type ProcessorConfig = Readonly<z.output<typeof processorConfigSchema>>;

export function loadProcessorConfig(env: Env): ProcessorConfig {
  return loadConfig(processorConfigSchema, env);
}
