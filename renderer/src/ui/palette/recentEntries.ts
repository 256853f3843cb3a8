/**
 * The palette's recently used entries, most recent first, remembered in localStorage so
 * they survive a restart (a per-machine preference, never in the document).
 */

/** localStorage key of the recent list. */
export const RECENT_KEY = 'lightpath.palette.recent';

/** How many entries are remembered. */
export const MAX_RECENT = 8;

/** The remembered keys, most recent first (empty when none or unreadable). */
export function loadRecent(storage: Storage | undefined = globalThis.localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((v) => typeof v === 'string').slice(0, MAX_RECENT)
      : [];
  } catch {
    return [];
  }
}

/** Puts `key` first in the recent list and returns the new list. */
export function rememberRecent(
  key: string,
  storage: Storage | undefined = globalThis.localStorage,
): string[] {
  const next = [key, ...loadRecent(storage).filter((k) => k !== key)].slice(0, MAX_RECENT);
  storage?.setItem(RECENT_KEY, JSON.stringify(next));
  return next;
}
