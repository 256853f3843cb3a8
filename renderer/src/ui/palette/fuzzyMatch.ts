/**
 * Fuzzy matching for the command palette: the query's characters (spaces ignored, case
 * ignored) must appear in order in the text; the best placement scores runs of
 * consecutive characters and starts of words highest, so "rot" finds "Rotate 90°" before
 * "Front view", and "tv" finds "Top view". Pure; no DOM.
 */

/** A match: its score (higher is better) and the matched character positions in the text. */
export interface FuzzyMatch {
  readonly score: number;
  readonly positions: readonly number[];
}

const MATCH = 1;
const CONSECUTIVE = 5;
const WORD_START = 8;
const TEXT_START = 4;
const GAP = 0.25;

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1] as string;
  const here = text[i] as string;
  if (/[\s.\-_:/(…]/.test(prev)) return true;
  return prev === prev.toLowerCase() && here !== here.toLowerCase();
}

/**
 * The best match of `query` in `text`, or null when the characters do not all appear in
 * order. An empty query matches everything with score 0.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (q.length === 0) return { score: 0, positions: [] };
  const t = text.toLowerCase();
  const n = t.length;
  // best[i][j]: best score with query[i] placed at text[j]; from[i][j]: where query[i-1] sat.
  let prevBest: number[] = new Array(n).fill(-Infinity);
  const from: number[][] = [];
  for (let i = 0; i < q.length; i++) {
    const best: number[] = new Array(n).fill(-Infinity);
    const back: number[] = new Array(n).fill(-1);
    let runBest = -Infinity;
    let runAt = -1;
    for (let j = 0; j < n; j++) {
      // Best earlier placement of query[i-1], scored with the gap it leaves up to j.
      if (i > 0 && j > 0 && prevBest[j - 1]! + GAP * (j - 1) > runBest) {
        runBest = prevBest[j - 1]! + GAP * (j - 1);
        runAt = j - 1;
      }
      if (t[j] !== q[i]) continue;
      const bonus = MATCH + (isWordStart(text, j) ? WORD_START : 0);
      if (i === 0) {
        best[j] = bonus + (j === 0 ? TEXT_START : 0) - GAP * j;
        continue;
      }
      const consecutive = j > 0 ? prevBest[j - 1]! + CONSECUTIVE : -Infinity;
      const jumped = runAt >= 0 ? runBest - GAP * (j - 1) : -Infinity;
      if (consecutive >= jumped && consecutive > -Infinity) {
        best[j] = consecutive + bonus;
        back[j] = j - 1;
      } else if (jumped > -Infinity) {
        best[j] = jumped + bonus;
        back[j] = runAt;
      }
    }
    from.push(back);
    prevBest = best;
  }
  let end = -1;
  for (let j = 0; j < n; j++) if (prevBest[j]! > (end < 0 ? -Infinity : prevBest[end]!)) end = j;
  if (end < 0 || prevBest[end] === -Infinity) return null;
  const positions: number[] = [];
  for (let i = q.length - 1, j = end; i >= 0; i--) {
    positions.unshift(j);
    j = from[i]![j]!;
  }
  return { score: prevBest[end]!, positions };
}
