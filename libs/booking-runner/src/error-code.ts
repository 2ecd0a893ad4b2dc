/** The service's error code of a failure (`SystemError`, the store's refusals), or `UNEXPECTED` for anything else. */
export function errorCodeOf(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'UNEXPECTED';
}
