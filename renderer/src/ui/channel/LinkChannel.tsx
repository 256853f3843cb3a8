/**
 * The inspector's "Channel" section for one selected link: its IL(f) chart with the budget
 * and f_N, loss, budget, margin and where the loss comes from (estimate or measured file),
 * the suggested reach class beside the current one with a select to override it, and the
 * Touchstone import / "Use estimate" buttons. Every change is one command, one undo step.
 */
import { useMemo, useState } from 'react';
import { setLinkMeasuredLoss, updateLink } from '../../model/commands';
import { SerdesClassSchema, type Link, type SerdesClass } from '../../model/schema';
import { marginClass } from '../../scene/traces/marginClass';
import { fixed } from '../metrics/format';
import { useSettledAnalysisState } from '../metrics/useSettledAnalysis';
import { importTouchstoneFor } from '../../store/importTouchstone';
import { linkLossCurve } from '../../store/linkFigures';
import { useStudio } from '../studioContext';
import { LossChart } from './LossChart';
import './channel.css';

/** Props: the selected link (from the document). */
export function LinkChannel({ link }: { link: Link }) {
  const studio = useStudio();
  const links = useSettledAnalysisState((s) => s.result?.electrical?.links);
  const [refusal, setRefusal] = useState<string | null>(null);
  const i = links ? links.ids.indexOf(link.id) : -1;
  const curve = useMemo(() => (links && i >= 0 ? linkLossCurve(links, i) : null), [links, i]);
  const num = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  const budgetDb = links && i >= 0 ? num(links.budgetDb[i]) : null;
  const nyquistGhz = links && i >= 0 ? links.nyquistGhz[i]! : Number.NaN;
  const source =
    links && i >= 0 && links.measured[i] === 1
      ? `measured: ${links.measuredFile[i] ?? ''}`
      : 'estimate';
  const onImport = () => {
    setRefusal(null);
    importTouchstoneFor(studio, link.id, nyquistGhz).then(setRefusal, (error: unknown) =>
      setRefusal(`Could not read the file: ${String(error)}`),
    );
  };
  return (
    <section className="channel" aria-label="Channel" data-testid="link-channel">
      <h3 className="channel__title">Channel · {link.id}</h3>
      {curve && Number.isFinite(nyquistGhz) && curve.lossDb.some(Number.isFinite) ? (
        <LossChart
          fGhz={curve.fGhz}
          lossDb={curve.lossDb}
          budgetDb={budgetDb}
          nyquistGhz={nyquistGhz}
        />
      ) : (
        <p className="panel__empty">No loss curve (the link has no route yet).</p>
      )}
      <dl className="facts" data-testid="channel-figures">
        <dt>Loss at f_N</dt>
        <dd data-testid="channel-loss">
          {links && i >= 0 ? `${fixed(links.lossDb[i], 2)} dB @ ${fixed(nyquistGhz, 2)} GHz` : '—'}
        </dd>
        <dt>Budget</dt>
        <dd data-testid="channel-budget">{budgetDb === null ? '—' : `${fixed(budgetDb, 1)} dB`}</dd>
        <dt>Margin</dt>
        <dd
          data-testid="channel-margin"
          className={links && i >= 0 ? `margin--${marginClass(links.marginDb[i]!)}` : undefined}
        >
          {links && i >= 0 ? `${fixed(links.marginDb[i], 2)} dB` : '—'}
        </dd>
        <dt>Source</dt>
        <dd data-testid="channel-source">{source}</dd>
        <dt>Suggested</dt>
        <dd data-testid="channel-suggested">
          {(links && i >= 0 && links.suggestedReach[i]) ?? 'none holds it'}
        </dd>
      </dl>
      <label className="channel__class">
        <span>Reach class</span>
        <select
          data-testid="channel-class"
          value={link.serdesClass}
          onChange={(e) =>
            studio.docs.runCommand(
              updateLink({ id: link.id, changes: { serdesClass: e.target.value as SerdesClass } }),
            )
          }
        >
          {SerdesClassSchema.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <div className="channel__buttons">
        <button
          type="button"
          data-testid="channel-import"
          onClick={onImport}
          disabled={!Number.isFinite(nyquistGhz)}
          title="Replace the estimate with a measured .s2p/.s4p through loss"
        >
          Import Touchstone…
        </button>
        <button
          type="button"
          data-testid="channel-estimate"
          disabled={!link.measuredLoss}
          onClick={() =>
            studio.docs.runCommand(setLinkMeasuredLoss({ id: link.id, measuredLoss: null }))
          }
        >
          Use estimate
        </button>
      </div>
      {refusal && (
        <p className="field__message" role="alert" data-testid="channel-refusal">
          {refusal}
        </p>
      )}
    </section>
  );
}
