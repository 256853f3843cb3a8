import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from '../../../renderer/src/ui/palette/fuzzyMatch';
import { rankEntries, type PaletteEntry } from '../../../renderer/src/ui/palette/rankEntries';
import {
  loadRecent,
  MAX_RECENT,
  rememberRecent,
} from '../../../renderer/src/ui/palette/recentEntries';

function entry(key: string, label: string, isEnabled = true): PaletteEntry {
  return { key, label, detail: key.replace(/^action:/, ''), keys: [], isEnabled };
}

/** A Storage backed by a Map, for the recent list. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('fuzzyMatch', () => {
  it('needs every query character, in order, ignoring case and spaces', () => {
    expect(fuzzyMatch('rot', 'Rotate 90°')?.positions).toEqual([0, 1, 2]);
    expect(fuzzyMatch('tv', 'Top view')?.positions).toEqual([0, 4]);
    expect(fuzzyMatch('top view', 'Top view')?.positions).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(fuzzyMatch('vt', 'Top view')).toBeNull();
    expect(fuzzyMatch('xyz', 'Rotate')).toBeNull();
    expect(fuzzyMatch('', 'anything')).toEqual({ score: 0, positions: [] });
  });

  it('prefers word starts and runs over scattered letters', () => {
    const wordStarts = fuzzyMatch('fv', 'Front view')!.score;
    const scattered = fuzzyMatch('fv', 'Save if valid')!.score;
    expect(wordStarts).toBeGreaterThan(scattered);
    const run = fuzzyMatch('rot', 'Rotate 90°')!.score;
    const spread = fuzzyMatch('rot', 'Front view')!.score;
    expect(run).toBeGreaterThan(spread);
  });

  it('picks the best placement, not the first one', () => {
    // "v" of "view" is a word start; the greedy first "v" would be inside "Save".
    expect(fuzzyMatch('sv', 'Save view')?.positions).toEqual([0, 5]);
  });
});

describe('rankEntries', () => {
  const entries = [
    entry('action:view.camera.front', 'Front view'),
    entry('action:part.rotate', 'Rotate 90°'),
    entry('action:edit.delete', 'Delete', false),
    entry('action:view.camera.top', 'Top view'),
    entry('part:cmp-7', 'Go to part: OE7'),
  ];

  it('orders by match quality and drops non-matches', () => {
    const ranked = rankEntries(entries, 'rot', []).map((r) => r.entry.key);
    expect(ranked[0]).toBe('action:part.rotate');
    expect(ranked).not.toContain('action:view.camera.top');
  });

  it('matches the detail (action id) when the label does not match', () => {
    const ranked = rankEntries(entries, 'camera.top', []).map((r) => r.entry.key);
    expect(ranked).toEqual(['action:view.camera.top']);
  });

  it('puts recently used entries first, most recent first, and unavailable ones last', () => {
    const ranked = rankEntries(entries, '', ['part:cmp-7', 'action:view.camera.top']);
    expect(ranked.map((r) => r.entry.key)).toEqual([
      'part:cmp-7',
      'action:view.camera.top',
      'action:view.camera.front',
      'action:part.rotate',
      'action:edit.delete',
    ]);
  });

  it('limits the number of rows', () => {
    expect(rankEntries(entries, '', [], 2)).toHaveLength(2);
  });
});

describe('recent entries', () => {
  it('remembers keys most recent first, without duplicates, up to MAX_RECENT', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RECENT + 3; i++) rememberRecent(`k${i}`, storage);
    rememberRecent('k5', storage);
    const recent = loadRecent(storage);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe('k5');
    expect(recent.filter((k) => k === 'k5')).toHaveLength(1);
  });

  it('reads a damaged value as empty', () => {
    const storage = memoryStorage();
    storage.setItem('lightpath.palette.recent', '{not json');
    expect(loadRecent(storage)).toEqual([]);
  });
});
