/**
 * The findings and serviceability panel, docked over the viewport: the open design is
 * evaluated in the evaluation worker as `lightpath analyze` does (coarse thermal), again
 * half a second after each edit. Clicking a finding selects its parts and frames them.
 */
import { useEffect, useState } from 'react';
import type { Finding } from '../../engine/rules/ruleTypes';
import type { ServiceResult } from '../../engine/service/serviceTypes';
import { requestCamera } from '../../store/viewStore';
import { evaluateInWorker } from '../../worker/pool/evaluateClient';
import { useDocState, useStudio } from '../studioContext';
import { ServiceSummary } from './ServiceSummary';

/** Wait after the last edit before re-evaluating, ms. */
const SETTLE_MS = 500;

interface Evaluated {
  readonly revision: number;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** Props: close the panel. */
export function FindingsPanel({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const doc = useDocState((s) => s.doc);
  const revision = useDocState((s) => s.revision);
  const [result, setResult] = useState<Evaluated | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      evaluateInWorker(doc, studio.parts, 'coarse').then(
        (r) => isCurrent && (setResult({ revision, ...r }), setError('')),
        (e: unknown) => isCurrent && setError(e instanceof Error ? e.message : String(e)),
      );
    }, SETTLE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [doc, revision, studio]);
  const focus = (f: Finding) => {
    studio.select(f.components);
    requestCamera(studio.view, studio.view.getState().camera.preset, undefined, true);
  };
  const isStale = result !== null && result.revision !== revision;
  return (
    <section
      className="findings"
      data-testid="findings-panel"
      aria-label="Findings and serviceability"
    >
      <header>
        <strong>Findings and serviceability</strong>{' '}
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
            {result.findings.length} finding{result.findings.length === 1 ? '' : 's'}
          </h4>
          {result.findings.map((f, i) => (
            <button
              type="button"
              key={`${f.rule}-${i}`}
              className={`findings__item findings__item--${f.severity}`}
              onClick={() => focus(f)}
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
