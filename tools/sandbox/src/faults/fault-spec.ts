import { z } from 'zod';
import { UPSTREAMS } from '../upstream-name';

/**
 * A fault to inject on one upstream's route: answer a status, wait first, or reset the connection; for every
 * matching call, the next `times` calls, or a `share` of them. Shares are spread evenly rather than drawn at
 * random (0.5 faults the 2nd, 4th, 6th... call), so a test that uses one is repeatable.
 */
export const faultSpecSchema = z
  .strictObject({
    upstream: z.enum(UPSTREAMS),
    method: z
      .string()
      .transform((method) => method.toUpperCase())
      .optional()
      .describe('Any method when absent'),
    path: z
      .string()
      .startsWith('/')
      .describe('A path pattern: {name}, :name or * for a segment, ** for the rest'),
    status: z.int().min(400).max(599).optional(),
    delayMs: z
      .int()
      .positive()
      .max(300_000)
      .optional()
      .describe('Wait this long, then answer (normally or faulted)'),
    reset: z.literal(true).optional().describe('Destroy the connection without answering'),
    times: z.int().positive().optional().describe('Only for the next N matching calls'),
    share: z.number().gt(0).lte(1).optional().describe('Only for this share of matching calls'),
  })
  .refine((spec) => spec.status !== undefined || spec.reset === true || spec.delayMs !== undefined, {
    message: 'a fault needs status, reset or delayMs',
  })
  .refine((spec) => !(spec.status !== undefined && spec.reset === true), {
    message: 'status and reset exclude each other',
  });

export type FaultSpec = z.input<typeof faultSpecSchema>;
export type ParsedFaultSpec = z.output<typeof faultSpecSchema>;
