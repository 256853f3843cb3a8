/**
 * The compare view: pick 2–6 designs (the architecture examples and the open design), see
 * them side by side — value per variant with the best marked ★, an SVG bar chart per row,
 * and the sentence explaining the difference. Computed in the evaluation worker.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Comparison } from '../../engine/compare/compareVariants';
import { Modal } from '../dialogs/Modal';
import { useStudio } from '../studioContext';
import { BarChart } from './BarChart';
import { comparableExamples, OPEN_DESIGN_ID, parseAddedFile } from '../../store/loadVariants';
import type { Design } from '../../model/schema';

type Status = { kind: 'idle' } | { kind: 'running' } | { kind: 'error'; message: string };

/** Props: close the view. */
export function CompareView({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [added, setAdded] = useState<ReadonlyMap<string, Design>>(new Map());
  const options = [...comparableExamples(), OPEN_DESIGN_ID, ...added.keys()];
  const [picked, setPicked] = useState<string[]>(() => comparableExamples().slice(0, 6));
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = useCallback(
    async (ids: readonly string[], files: ReadonlyMap<string, Design>) => {
      setStatus({ kind: 'running' });
      try {
        const doc = studio.docs.store.getState().doc;
        setComparison(await studio.compare.run(ids, doc, studio.parts, files, 'coarse'));
        setStatus({ kind: 'idle' });
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        setStatus({ kind: 'error', message });
      }
    },
    [studio],
  );
  const addFile = async () => {
    try {
      const opened = await studio.host.openDocument();
      if (!opened) return;
      const doc = parseAddedFile(opened.name, opened.text, studio.parts);
      setAdded((m) => new Map(m).set(opened.name, doc));
      setPicked((p) => [...p, opened.name]);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      setStatus({ kind: 'error', message });
    }
  };
  useEffect(() => {
    void run(comparableExamples().slice(0, 6), new Map());
  }, [run]);
  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const canRun = picked.length >= 2 && picked.length <= 6 && status.kind !== 'running';
  const names = comparison?.variants.map((v) => v.name) ?? [];
  return (
    <Modal
      title="Compare architectures"
      testId="compare-view"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="button" onClick={() => void addFile()}>
            Add file…
          </button>
          <button
            type="button"
            className="primary"
            disabled={!canRun}
            onClick={() =>
              void run(
                options.filter((o) => picked.includes(o)),
                added,
              )
            }
          >
            Compare
          </button>
        </>
      }
    >
      <div className="compare__picker">
        {options.map((id) => (
          <label key={id}>
            <input type="checkbox" checked={picked.includes(id)} onChange={() => toggle(id)} />{' '}
            {id === OPEN_DESIGN_ID ? 'open design' : id}
          </label>
        ))}
      </div>
      <p role="status" data-testid="compare-status">
        {status.kind === 'running'
          ? 'Evaluating…'
          : status.kind === 'error'
            ? `Error: ${status.message}`
            : `${picked.length} picked (2–6)`}
      </p>
      {comparison && (
        <div className="compare__scroll">
          <table className="compare__table" data-testid="compare-table">
            <thead>
              <tr>
                <th>figure</th>
                {names.map((n) => (
                  <th key={n}>{n}</th>
                ))}
                <th>chart</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <CompareRow key={row.key} row={row} names={names} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Modal>
  );
}

function CompareRow({ row, names }: { row: Comparison['rows'][number]; names: readonly string[] }) {
  return (
    <>
      <tr data-testid={`compare-row-${row.key}`}>
        <td>
          {row.label}
          {row.unit ? ` (${row.unit})` : ''} {row.direction === 'lower' ? '↓' : '↑'}
        </td>
        {row.values.map((v, i) => {
          const isBest = row.bestIndices.includes(i);
          return (
            <td
              key={names[i]}
              className={isBest ? 'compare__best' : undefined}
              data-best={isBest || undefined}
            >
              {v === null ? '—' : v.toFixed(row.digits)}
              {isBest ? ' ★' : ''}
            </td>
          );
        })}
        <td>
          <BarChart row={row} names={names} />
        </td>
      </tr>
      <tr>
        <td className="compare__why" colSpan={names.length + 2}>
          {row.explanation}
        </td>
      </tr>
    </>
  );
}
