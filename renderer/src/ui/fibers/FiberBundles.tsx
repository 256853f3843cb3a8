/**
 * The metrics panel's "Fibers" section: per bundle (a fiber's `bundle`, or the fiber
 * alone) its fibers, shortest and longest length (route with arcs plus external length) and
 * skew in mm and ps (engine/latency/fiberBundles.ts), bundles of several fibers first and
 * worst skew first. A click on a row selects its fibers.
 */
import { memo } from 'react';
import type { FiberBundleResult } from '../../engine/latency/fiberBundles';
import { fixed } from '../metrics/format';
import './fibers.css';

/**
 * Bundles of several fibers first, worst skew first; fibers alone after, in document order
 * (a design of a hundred loose fibers would otherwise hide the bundle the user just named).
 */
function shownFirst(a: FiberBundleResult['bundles'][number], b: typeof a): number {
  const several = Number(b.fiberIds.length > 1) - Number(a.fiberIds.length > 1);
  return several !== 0 ? several : b.skewPs - a.skewPs;
}

/** Rows listed before the rest are summed up in one line. */
const LISTED = 40;

/** Props: the fiber lengths to show; `onSelect` gets the ids of a clicked bundle's fibers. */
export const FiberBundles = memo(function FiberBundles({
  fibers,
  onSelect,
}: {
  fibers: FiberBundleResult;
  onSelect: (ids: string[]) => void;
}) {
  if (fibers.fibers.length === 0) return null;
  const longest = Math.max(...fibers.fibers.map((f) => f.lengthMm));
  const worst = Math.max(...fibers.bundles.map((b) => b.skewPs));
  const problems = fibers.fibers.filter((f) => f.hasProblem).length;
  const listed = [...fibers.bundles].sort(shownFirst).slice(0, LISTED);
  return (
    <section className="fiber-bundles" data-testid="metrics-fibers">
      <h3 className="metrics__subhead">
        Fibers{' '}
        <span className="metrics__unit">
          {fibers.fibers.length} routes · longest {fixed(longest, 1)} mm · worst skew{' '}
          {fixed(worst, 1)} ps
          {problems > 0 && ` · ${problems} bent too tight`}
        </span>
      </h3>
      <div className="metrics__tablewrap fiber-bundles__wrap">
        <table className="metrics__table">
          <thead>
            <tr>
              <th>Bundle</th>
              <th>Fibers</th>
              <th>Min mm</th>
              <th>Max mm</th>
              <th>Skew mm</th>
              <th>Skew ps</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((b) => (
              <tr
                key={b.bundle}
                data-testid="fiber-bundle-row"
                data-bundle={b.bundle}
                onClick={() => onSelect(b.fiberIds)}
                title={b.fiberIds.join(', ')}
              >
                <td className="metrics__id">{b.bundle}</td>
                <td>{b.fiberCount}</td>
                <td>{fixed(b.minMm, 1)}</td>
                <td data-testid="fiber-bundle-max">{fixed(b.maxMm, 1)}</td>
                <td>{fixed(b.skewMm, 1)}</td>
                <td>{fixed(b.skewPs, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {fibers.bundles.length > listed.length && (
          <p className="metrics__note">and {fibers.bundles.length - listed.length} more bundles</p>
        )}
      </div>
    </section>
  );
});
