/**
 * The reviewer's name written into new comments: a user setting remembered in the
 * browser's localStorage (per machine, never in the document until a comment is written).
 */

/** localStorage key of the author name. */
export const AUTHOR_KEY = 'lightpath.review.author';

/** Name used until the user sets one. */
export const DEFAULT_AUTHOR = 'reviewer';

/** The remembered author name, or the default. */
export function loadAuthor(storage: Storage | undefined = globalThis.localStorage): string {
  const saved = storage?.getItem(AUTHOR_KEY)?.trim();
  return saved ? saved.slice(0, 200) : DEFAULT_AUTHOR;
}

/** Remembers the author name (blank resets to the default). */
export function saveAuthor(
  name: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const trimmed = name.trim().slice(0, 200);
  if (trimmed) storage?.setItem(AUTHOR_KEY, trimmed);
  else storage?.removeItem(AUTHOR_KEY);
}
