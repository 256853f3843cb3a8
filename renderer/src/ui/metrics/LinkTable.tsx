/**
 * Per-link figures, sortable by any column (click a header; again to reverse). Shows the
 * first ROW_LIMIT rows of the sorted list so a 4,000-link design stays responsive; clicking
 * a row selects the link.
 */
import { memo, useMemo, useState } from 'react';
import { marginClass } from '../../scene/traces/marginClass';
import type { FigureColumn, LinkFigures } from '../../worker/studioResult';
import { fixed } from './format';

/** Rows rendered at most. */
export const ROW_LIMIT = 200;

type Key = 'id' | FigureColumn;

const COLUMNS: { key: Key; label: string; unit: string; decimals: number }[] = [
  { key: 'id', label: 'Link', unit: '', decimals: 0 },
  { key: 'lengthMm', label: 'Length', unit: 'mm', decimals: 1 },
  { key: 'lossDb', label: 'Loss', unit: 'dB', decimals: 2 },
  { key: 'budgetDb', label: 'Budget', unit: 'dB', decimals: 1 },
  { key: 'marginDb', label: 'Margin', unit: 'dB', decimals: 2 },
  { key: 'latencyNs', label: 'Latency', unit: 'ns', decimals: 1 },
  { key: 'powerW', label: 'Power', unit: 'W', decimals: 2 },
];

/** Natural order of ids ("link-2" before "link-10"); one collator, not one per comparison. */
const ID_ORDER = new Intl.Collator(undefined, { numeric: true });

/** Link indices in the chosen order; links without the figure (NaN) last either way. */
function sortedIndices(links: LinkFigures, key: Key, ascending: boolean): number[] {
  const order = links.ids.map((_, i) => i);
  const byId = (a: number, b: number) => ID_ORDER.compare(links.ids[a]!, links.ids[b]!);
  if (key === 'id') {
    order.sort(byId);
    return ascending ? order : order.reverse();
  }
  const v = links[key];
  const sign = ascending ? 1 : -1;
  return order.sort((a, b) => {
    const x = v[a]!;
    const y = v[b]!;
    if (Number.isNaN(x) || Number.isNaN(y))
      return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    return sign * (x - y) || byId(a, b);
  });
}

/**
 * Props: the links' figures, and what to do when a link is clicked. Re-renders only when
 * they change (not on every progress message of the panel around it).
 */
export const LinkTable = memo(function LinkTable({
  links,
  onSelect,
}: {
  links: LinkFigures;
  onSelect: (id: string) => void;
}) {
  const [sort, setSort] = useState<{ key: Key; ascending: boolean }>({
    key: 'marginDb',
    ascending: true,
  });
  const rows = useMemo(
    () => sortedIndices(links, sort.key, sort.ascending).slice(0, ROW_LIMIT),
    [links, sort],
  );
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
          {rows.map((i) => {
            const id = links.ids[i]!;
            return (
              <tr key={id} data-link={id} onClick={() => onSelect(id)}>
                {COLUMNS.map((c) =>
                  c.key === 'id' ? (
                    <td key={c.key} className="metrics__id" title={id}>
                      {id}
                    </td>
                  ) : (
                    <td
                      key={c.key}
                      className={
                        c.key === 'marginDb'
                          ? `margin--${marginClass(links.marginDb[i]!)}`
                          : undefined
                      }
                    >
                      {fixed(links[c.key][i], c.decimals)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {links.ids.length > rows.length && (
        <p className="metrics__note">
          Showing {rows.length} of {links.ids.length} links, in the chosen order.
        </p>
      )}
    </div>
  );
});
