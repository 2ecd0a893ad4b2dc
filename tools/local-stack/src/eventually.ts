/**
 * Retries `assertion` until it passes or `timeoutMs` runs out, then fails with its last error: the way to wait
 * for an asynchronous consumer or loop without sleeping a guessed time.
 */
export async function eventually<T>(assertion: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
