// A message that outlives one navigation: a form saves, goes back to its list, and the list says
// what happened. Kept in memory only: a reload or a shared link never replays it.

let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
