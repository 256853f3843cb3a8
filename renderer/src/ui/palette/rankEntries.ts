/**
 * Ordering of the command palette's entries for a query: fuzzy score on the label (the id
 * or detail counts too, a little less), recently used entries first on ties and with no
 * query at all; available actions before unavailable ones. Pure; no DOM.
 */
import { fuzzyMatch } from './fuzzyMatch';

/** One palette row. */
export interface PaletteEntry {
  /** Unique key, e.g. "action:edit.undo" or "part:cmp-3". */
  readonly key: string;
  readonly label: string;
  /** Dimmer text: the action id, or the part's id and type. */
  readonly detail: string;
  /** Shortcut strings ("Mod+Z") to show. */
  readonly keys: readonly string[];
  /** False when the action does not apply now (shown, but not run). */
  readonly isEnabled: boolean;
}

/** A ranked entry with the label positions to highlight. */
export interface RankedEntry {
  readonly entry: PaletteEntry;
  readonly positions: readonly number[];
}

/** Score lost when only the detail matches (not the label). */
const DETAIL_PENALTY = 6;
/** Score added for the most recently used entry, less for older ones. */
const RECENT_BONUS = 4;

/**
 * The entries that match `query`, best first; `recent` holds entry keys, most recent
 * first. At most `limit` entries are returned.
 */
export function rankEntries(
  entries: readonly PaletteEntry[],
  query: string,
  recent: readonly string[],
  limit = 50,
): RankedEntry[] {
  const recency = new Map(recent.map((key, i) => [key, recent.length - i]));
  const scored: { ranked: RankedEntry; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const onLabel = fuzzyMatch(query, entry.label);
    const onDetail = onLabel ? null : fuzzyMatch(query, entry.detail);
    if (!onLabel && !onDetail) return;
    const base = onLabel ? onLabel.score : (onDetail as { score: number }).score - DETAIL_PENALTY;
    const recentRank = recency.get(entry.key) ?? 0;
    const score =
      (query.trim() ? base : 0) +
      (recentRank ? RECENT_BONUS + recentRank : 0) +
      (entry.isEnabled ? 0 : -1000);
    scored.push({ ranked: { entry, positions: onLabel?.positions ?? [] }, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.ranked);
}
