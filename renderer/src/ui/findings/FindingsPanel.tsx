/**
 * The findings and serviceability panel, docked over the viewport. It shows the findings
 * store (store/findingsStore.ts), which store/findingsFromAnalysis.ts keeps current while
 * the panel is open: the open design evaluated as `lightpath analyze` does (temperatures on
 * the live thermal mesh, named in the list's heading), again half a second after each edit,
 * faded while the result is for an older revision. Clicking a finding selects its parts,
 * frames them and makes it the active one (its viewport marker is outlined); clicking a
 * marker makes its finding active here and scrolls it into view.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Finding } from '../../engine/rules/ruleTypes';
import { requestCamera } from '../../store/viewStore';
import { useDocState, useStudio } from '../studioContext';
import { setActiveFinding } from '../../store/findingsStore';
import { ServiceSummary } from './ServiceSummary';
import './findings.css';

/**
 * Scrolls `panel` (only) so `item` is in view. Element.scrollIntoView would also scroll the
 * studio's clipped containers and shift the viewport under the pointer.
 */
function scrollWithin(panel: HTMLElement, item: Element): void {
  const box = panel.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top) panel.scrollTop -= box.top - at.top;
  else if (at.bottom > box.bottom) panel.scrollTop += at.bottom - box.bottom;
}

/** Props: close the panel. */
export function FindingsPanel({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const revision = useDocState((s) => s.revision);
  const result = useStore(studio.findings, (s) => s.result);
  const error = useStore(studio.findings, (s) => s.error);
  const activeIndex = useStore(studio.findings, (s) => s.activeIndex);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const item = panel.current?.querySelector(`[data-index="${activeIndex}"]`);
    if (panel.current && item) scrollWithin(panel.current, item);
  }, [activeIndex, result]);
  const focus = (f: Finding, index: number) => {
    setActiveFinding(studio.findings, index);
    studio.select(f.components);
    requestCamera(studio.view, studio.view.getState().camera.preset, undefined, true);
  };
  const isStale = result !== null && result.revision !== revision;
  return (
    <section
      ref={panel}
      className="findings"
      data-testid="findings-panel"
      aria-label="Findings and serviceability"
      data-stage="findings"
      data-revision={result?.revision ?? ''}
      data-stale={result === null || isStale ? 'true' : 'false'}
    >
      <header>
        <strong>Findings and serviceability</strong>{' '}
        {isStale && (
          <span
            className="metrics__stale"
            data-testid="findings-stale"
            title="The document changed since these findings were evaluated"
          >
            stale · rev {result.revision}
          </span>
        )}{' '}
        <button type="button" onClick={onClose} aria-label="Close findings">
          ×
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {!result && !error && <p>Evaluating…</p>}
      {result && (
        <div style={isStale ? { opacity: 0.6 } : undefined}>
          <ServiceSummary service={result.service} />
          <h4>
            {result.findings.length} finding{result.findings.length === 1 ? '' : 's'}{' '}
            <span className="findings__mesh" data-testid="findings-mesh">
              · temperatures on the {result.mesh} mesh
            </span>
          </h4>
          {result.findings.map((f, i) => (
            <button
              type="button"
              key={`${f.rule}-${i}`}
              className={`findings__item findings__item--${f.severity}${i === activeIndex ? ' is-active' : ''}`}
              onClick={() => focus(f, i)}
              aria-current={i === activeIndex ? 'true' : undefined}
              data-index={i}
              data-testid="finding"
            >
              <b>{f.rule}</b> {f.message}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
