/** While an intent is unsettled its row is kept at least this long past each attempt. */
export const INTENT_RETENTION_DAYS = 7;
/** ...but never longer than this after the intent was recorded: then it is given up (`P2PWriteIntentGivenUp`). */
export const INTENT_RETENTION_LIMIT_DAYS = 90;

const DAY_SECONDS = 86_400;

/**
 * The `deleteBy` of a row that ends an attempt still holding an unsettled intent: a row that expires takes
 * its reminder of an unannounced write with it, so the row is kept `INTENT_RETENTION_DAYS` past now, up to
 * `INTENT_RETENTION_LIMIT_DAYS` after the intent was recorded. `givenUp` once that limit is what stops it.
 */
export function intentRetention(
  deleteBy: number,
  recordedAt: string,
  now: Date,
): { deleteBy: number; givenUp: boolean } {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const limit = Math.floor(Date.parse(recordedAt) / 1000) + INTENT_RETENTION_LIMIT_DAYS * DAY_SECONDS;
  const wanted = Math.max(deleteBy, nowSeconds + INTENT_RETENTION_DAYS * DAY_SECONDS);
  return wanted > limit
    ? { deleteBy: Math.max(deleteBy, limit), givenUp: true }
    : { deleteBy: wanted, givenUp: false };
}
