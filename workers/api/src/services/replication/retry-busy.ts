// Background work writes to the control DB while requests do. On a local libSQL file only one
// connection may write at a time and a writer that finds it locked fails at once (the driver is
// synchronous: waiting inside it would block the very event loop that must release the lock), so
// the background's own writes step aside and try again a moment later instead of failing.

export function isBusy(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    if (e instanceof Error && e.message.includes('SQLITE_BUSY')) return true;
  }
  return false;
}

export async function retryBusy<T>(write: () => Promise<T>, tries = 50): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusy(error) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * attempt)));
    }
  }
}
