import { z } from 'zod';
import { UPSTREAMS } from '../upstream-name';

/**
 * A fault to inject on one upstream's route: answer a status, wait first, or reset the connection; for every
 * matching call, the next `times` calls, or a `share` of them. Shares are spread evenly rather than drawn at
 * random (0.5 faults the 2nd, 4th, 6th... call), so a test that uses one is repeatable. With `afterApply` the
 * route handles the call first (a write changes the world) and only its answer is replaced by the status or
 * the reset: the write whose answer was lost, which a caller must not take for a write that never happened.
 * With `holdMs` the call is held before the route sees it and then handled as usual: a write still on its way
 * when its caller gave up, which lands after the caller's next attempt has looked.
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
    holdMs: z
      .int()
      .positive()
      .max(300_000)
      .optional()
      .describe(
        'Hold the call this long before the route sees it, then let it through: a write that lands late',
      ),
    landAfter: z
      .string()
      .startsWith('/')
      .optional()
      .describe(
        'With holdMs: once held, land just after the next call of this upstream on this path pattern is answered',
      ),
    afterApply: z
      .literal(true)
      .optional()
      .describe('Let the route handle the call (a write is applied), then answer status or reset instead'),
    times: z.int().positive().optional().describe('Only for the next N matching calls'),
    share: z.number().gt(0).lte(1).optional().describe('Only for this share of matching calls'),
  })
  .refine(
    (spec) =>
      spec.status !== undefined ||
      spec.reset === true ||
      spec.delayMs !== undefined ||
      spec.holdMs !== undefined,
    { message: 'a fault needs status, reset, delayMs or holdMs' },
  )
  .refine((spec) => spec.landAfter === undefined || spec.holdMs !== undefined, {
    message: 'landAfter needs holdMs: it says when a held call lands',
  })
  .refine(
    (spec) =>
      spec.holdMs === undefined ||
      (spec.status === undefined &&
        spec.reset !== true &&
        spec.delayMs === undefined &&
        spec.afterApply !== true),
    {
      message: 'holdMs stands alone: the held call is then handled and answered as usual',
    },
  )
  .refine((spec) => !(spec.status !== undefined && spec.reset === true), {
    message: 'status and reset exclude each other',
  })
  .refine((spec) => spec.afterApply !== true || spec.status !== undefined || spec.reset === true, {
    message: 'afterApply needs status or reset: it replaces the answer of a call that was handled',
  });

export type FaultSpec = z.input<typeof faultSpecSchema>;
export type ParsedFaultSpec = z.output<typeof faultSpecSchema>;
