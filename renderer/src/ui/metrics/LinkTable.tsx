/**
 * Per-link figures, sortable by any column (click a header; again to reverse). Shows the
 * first ROW_LIMIT rows of the sorted list so a 4,000-link design stays responsive; clicking
 * a row selects the link.
 */
import { useMemo, useState } from 'react';
import type { LinkResult } from '../../engine/resultTypes';
import { marginClass } from '../../scene/traces/marginClass';
import { fixed } from './format';

/** Rows rendered at most. */
export const ROW_LIMIT = 200;

type Key = 'id' | 'lengthMm' | 'lossDb' | 'budgetDb' | 'marginDb' | 'latencyNs' | 'powerW';

const COLUMNS: { key: Key; label: string; unit: string; decimals: number }[] = [
  { key: 'id', label: 'Link', unit: '', decimals: 0 },
  { key: 'lengthMm', label: 'Length', unit: 'mm', decimals: 1 },
  { key: 'lossDb', label: 'Loss', unit: 'dB', decimals: 2 },
  { key: 'budgetDb', label: 'Budget', unit: 'dB', decimals: 1 },
  { key: 'marginDb', label: 'Margin', unit: 'dB', decimals: 2 },
  { key: 'latencyNs', label: 'Latency', unit: 'ns', decimals: 1 },
  { key: 'powerW', label: 'Power', unit: 'W', decimals: 2 },
];

function compare(a: LinkResult, b: LinkResult, key: Key): number {
  if (key === 'id') return a.id.localeCompare(b.id, undefined, { numeric: true });
  const x = a[key];
  const y = b[key];
  // Links without a figure sort last either way.
  if (x === null) return y === null ? 0 : 1;
  if (y === null) return -1;
  return x - y;
}

/** Props: the links, and what to do when one is clicked. */
export function LinkTable({
  links,
  onSelect,
}: {
  links: readonly LinkResult[];
  onSelect: (id: string) => void;
}) {
  const [sort, setSort] = useState<{ key: Key; ascending: boolean }>({
    key: 'marginDb',
    ascending: true,
  });
  const rows = useMemo(() => {
    const sorted = [...links].sort((a, b) => compare(a, b, sort.key) || a.id.localeCompare(b.id));
    if (!sort.ascending) sorted.reverse();
    return sorted.slice(0, ROW_LIMIT);
  }, [links, sort]);
  const toggle = (key: Key) =>
    setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));
  return (
    <div className="metrics__tablewrap">
      <table className="metrics__table" data-testid="metrics-links">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                aria-sort={
                  sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  onClick={() => toggle(c.key)}
                  title={`Sort by ${c.label.toLowerCase()}`}
                >
                  {c.label}
                  {c.unit && <span className="metrics__unit">{c.unit}</span>}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((link) => (
            <tr key={link.id} data-link={link.id} onClick={() => onSelect(link.id)}>
              {COLUMNS.map((c) =>
                c.key === 'id' ? (
                  <td key={c.key} className="metrics__id" title={link.id}>
                    {link.id}
                  </td>
                ) : (
                  <td
                    key={c.key}
                    className={
                      c.key === 'marginDb' ? `margin--${marginClass(link.marginDb)}` : undefined
                    }
                  >
                    {fixed(link[c.key], c.decimals)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {links.length > rows.length && (
        <p className="metrics__note">
          Showing {rows.length} of {links.length} links, in the chosen order.
        </p>
      )}
    </div>
  );
}
