/** Narrowing helpers for JSON read from the queue, where nothing can be trusted to have its documented shape. */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON integer, or a string of digits: Gson, which the original parsed events with, accepted both. */
export function readInteger(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof parsed === 'number' && Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** A string trimmed, or undefined when it is not one or is blank. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An event's inner JSON as an object, or why it is not one (named after the event type it came as). */
export function readJsonObject(
  eventType: string,
  message: string,
): { ok: true; body: Record<string, unknown> } | { ok: false; reason: string } {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    return { ok: false, reason: `${eventType} message is not valid JSON` };
  }
  return isJsonObject(body)
    ? { ok: true, body }
    : { ok: false, reason: `${eventType} message is not a JSON object` };
}
