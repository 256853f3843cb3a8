/**
 * The sweep panel: pick a parameter, range and steps; the open design's variants are
 * evaluated in the worker pool (navigator.hardwareConcurrency workers, at most 4) with
 * progress and cancel; metrics are plotted against the parameter as rows arrive; the table
 * exports as CSV through the host.
 */
import { useEffect, useState } from 'react';
import type { SweepRow } from '../../engine/sweep/sweep';
import type { SweepParamName } from '../../engine/sweep/sweepParams';
import {
  exportSweepCsv,
  isSweepCancelled,
  SWEEP_PARAM_NAMES,
  SWEEP_PARAMS,
} from '../../store/sweepRunner';
import { Modal } from '../dialogs/Modal';
import { useStudio } from '../studioContext';
import { LinePlot } from './LinePlot';

/** Plotted metrics (the OE temperature, channel margin, pJ/bit, score, and more). */
const PLOTS = [
  { metric: 'hottestOeC', label: 'hottest optical engine, °C' },
  { metric: 'worstMarginDb', label: 'worst channel margin, dB' },
  { metric: 'pjPerBit', label: 'energy per bit, pJ/bit' },
  { metric: 'serviceScore', label: 'serviceability score' },
  { metric: 'maxRingDriftNm', label: 'ring drift, nm' },
  { metric: 'errorCount', label: 'rule errors' },
] as const;

/** Default range per parameter (the examples). */
const DEFAULTS: Record<SweepParamName, [number, number]> = {
  'oe-distance-mm': [0, 40],
  'cooling-htc': [10, 200],
  'cold-plate-resistance': [0.02, 0.2],
  'lane-rate': [106.25, 212.5],
  'port-speed': [800, 3200],
  'ambient-c': [25, 45],
};

/** Props: close the panel. */
export function SweepPanel({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [param, setParam] = useState<SweepParamName>('oe-distance-mm');
  const [from, setFrom] = useState(DEFAULTS['oe-distance-mm'][0]);
  const [to, setTo] = useState(DEFAULTS['oe-distance-mm'][1]);
  const [steps, setSteps] = useState(9);
  const [rows, setRows] = useState<SweepRow[]>([]);
  const [status, setStatus] = useState('');
  const [running, setRunning] = useState(false);
  const runner = studio.sweep;
  useEffect(() => () => runner.terminate(), [runner]);
  const pick = (name: SweepParamName) => {
    setParam(name);
    setFrom(DEFAULTS[name][0]);
    setTo(DEFAULTS[name][1]);
  };
  const start = async () => {
    const found: SweepRow[] = [];
    setRows([]);
    setRunning(true);
    setStatus(`0 / ${steps} on ${runner.poolSize()} workers`);
    try {
      const doc = studio.docs.store.getState().doc;
      const all = await runner.run(
        {
          doc,
          parts: [...studio.parts.values()],
          spec: { param, from, to, steps },
          thermalPreset: 'coarse',
        },
        (done, total, row) => {
          found.push(row);
          setRows([...found]);
          setStatus(`${done} / ${total} on ${runner.poolSize()} workers`);
        },
      );
      setRows(all);
      setStatus(`done: ${all.length} steps`);
    } catch (cause) {
      setStatus(
        isSweepCancelled(cause)
          ? 'cancelled'
          : `error: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
    } finally {
      setRunning(false);
    }
  };
  const exportCsv = () => {
    void exportSweepCsv(studio.host, param, rows);
  };
  const unit = SWEEP_PARAMS[param].unit;
  return (
    <Modal
      title="Parameter sweep"
      testId="sweep-panel"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="button" disabled={rows.length === 0 || running} onClick={exportCsv}>
            Export CSV
          </button>
          {running ? (
            <button type="button" className="danger" onClick={() => runner.cancel()}>
              Cancel
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void start()}>
              Run
            </button>
          )}
        </>
      }
    >
      <div className="sweep__form">
        <label>
          parameter
          <select
            value={param}
            onChange={(e) => pick(e.target.value as SweepParamName)}
            data-testid="sweep-param"
          >
            {SWEEP_PARAM_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          from ({unit})
          <input type="number" value={from} onChange={(e) => setFrom(Number(e.target.value))} />
        </label>
        <label>
          to ({unit})
          <input type="number" value={to} onChange={(e) => setTo(Number(e.target.value))} />
        </label>
        <label>
          steps
          <input
            type="number"
            min={1}
            max={200}
            value={steps}
            onChange={(e) => setSteps(Math.max(1, Math.round(Number(e.target.value))))}
            data-testid="sweep-steps"
          />
        </label>
        <progress max={steps} value={rows.length} />
        <span role="status" data-testid="sweep-status">
          {status}
        </span>
      </div>
      <p className="compare__why">{SWEEP_PARAMS[param].description}</p>
      <div className="sweep__plots">
        {PLOTS.map((p) => (
          <LinePlot key={p.metric} rows={rows} metric={p.metric} label={p.label} xLabel={unit} />
        ))}
      </div>
    </Modal>
  );
}
