/** The work did not finish within its time limit (it may still be running: JavaScript cannot cancel it). */
export class TimeLimitError extends Error {
  readonly code = 'PLATFORM.TIME_LIMIT';

  constructor(
    readonly label: string,
    readonly limitMs: number,
  ) {
    super(`${label} did not finish within ${limitMs}ms`);
    this.name = 'TimeLimitError';
  }
}

/** Resolves as `work` does, or rejects with a `TimeLimitError` after `limitMs`, whichever comes first. */
export async function withTimeLimit<T>(
  work: () => Promise<T> | T,
  limitMs: number,
  label: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(label, limitMs)), limitMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(work), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
