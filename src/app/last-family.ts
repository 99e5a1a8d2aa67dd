// The family a person last looked at, remembered in this browser, so the ladder
// opens on it next time. Storage may be unavailable (private modes, tests): then
// nothing is remembered and nothing breaks.
const KEY = 'rungs:last-family';

export function lastFamily(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberFamily(id: string | null | undefined): void {
  if (!id) return;
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // not remembered
  }
}
