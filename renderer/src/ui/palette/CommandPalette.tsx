/**
 * The command palette (Ctrl/Cmd+K): type to fuzzy-search every action and part, arrows
 * move, Enter runs, Escape closes. Recently used entries come first.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { displayKeys, isMac } from '../actions/keys';
import { useStudio } from '../studioContext';
import { paletteEntries, runPaletteEntry } from './paletteEntries';
import { rankEntries } from './rankEntries';
import { loadRecent, rememberRecent } from './recentEntries';
import './palette.css';

const MAC = isMac(navigator.platform);

/** Label with the matched characters emphasised. */
function Highlighted({ text, positions }: { text: string; positions: readonly number[] }) {
  const hit = new Set(positions);
  return <>{[...text].map((ch, i) => (hit.has(i) ? <mark key={i}>{ch}</mark> : ch))}</>;
}

/** The palette; renders nothing while closed. */
export function CommandPalette() {
  const studio = useStudio();
  const review = studio.review;
  const isOpen = useStore(review, (s) => s.isPaletteOpen);
  return isOpen ? <PaletteBox onClose={() => review.setState({ isPaletteOpen: false })} /> : null;
}

function PaletteBox({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(() => paletteEntries(studio), [studio]);
  const recent = useMemo(() => loadRecent(), []);
  const ranked = useMemo(() => rankEntries(entries, query, recent), [entries, query, recent]);
  const current = Math.min(active, Math.max(0, ranked.length - 1));

  function run(index: number) {
    const row = ranked[index];
    if (!row || !row.entry.isEnabled) return;
    rememberRecent(row.entry.key);
    onClose();
    runPaletteEntry(studio, row.entry.key);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + ranked.length) % Math.max(1, ranked.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  }

  return (
    <div className="palette-backdrop" onPointerDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-label="Command palette"
        data-testid="command-palette"
        onPointerDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          className="palette__input"
          placeholder="Type a command or a part name…"
          aria-label="Command"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={ranked[current] ? `palette-${current}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="palette__list" id="palette-list" role="listbox">
          {ranked.length === 0 && <li className="palette__empty">No matching command</li>}
          {ranked.map(({ entry, positions }, i) => (
            <li
              key={entry.key}
              id={`palette-${i}`}
              role="option"
              aria-selected={i === current}
              aria-disabled={!entry.isEnabled}
              data-key={entry.key}
              className={`palette__item${i === current ? ' is-active' : ''}`}
              onPointerMove={() => i !== current && setActive(i)}
              onClick={() => run(i)}
            >
              <span className="palette__label">
                <Highlighted text={entry.label} positions={positions} />
              </span>
              <span className="palette__detail">{entry.detail}</span>
              {entry.keys.map((k) => (
                <kbd key={k}>{displayKeys(k, MAC)}</kbd>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
