/**
 * The Layers panel: each carrier of the stack shown, translucent or hidden; the exploded
 * view of the stack (slider); the grid pitch and snapping. View state only: none of this is
 * saved in the document or undone.
 */
import { useState } from 'react';
import type { LayerVisibility } from '../../store/viewStore';
import { parseQuantity } from '../inspector/parseQuantity';
import { useDocState, useStudio, useViewState } from '../studioContext';
import '../parts/editor.css';

const MODES: readonly LayerVisibility[] = ['shown', 'translucent', 'hidden'];

/** The panel. */
export function LayersPanel() {
  const studio = useStudio();
  const carriers = useDocState((s) => s.doc.carriers);
  const visibility = useViewState((s) => s.layerVisibility);
  const explode = useViewState((s) => s.explode);
  const isSnapping = useViewState((s) => s.isSnapping);
  const pitch = useViewState((s) => s.gridPitchMm);
  const [pitchText, setPitchText] = useState(String(pitch));
  const [message, setMessage] = useState('');

  function setMode(carrierId: string, mode: LayerVisibility) {
    studio.view.setState((s) => ({ layerVisibility: { ...s.layerVisibility, [carrierId]: mode } }));
  }
  function commitPitch() {
    const parsed = parseQuantity(pitchText, 'mm', 0.001, 100);
    if (!parsed.ok) return setMessage(parsed.message);
    setMessage('');
    studio.view.setState({ gridPitchMm: parsed.value });
  }

  return (
    <section className="panel layers-panel" aria-label="Layers" data-testid="layers-panel">
      <header className="panel__header">Layers</header>
      <div className="panel__body">
        {carriers.map((c) => (
          <div key={c.id} className="layers-panel__row" data-carrier={c.id}>
            <span className="layers-panel__name" title={c.kind}>
              {c.name || c.id}
            </span>
            <span role="radiogroup" aria-label={`${c.name || c.id} visibility`}>
              {MODES.map((mode) => (
                <button
                  key={mode}
                  type="button"
                  role="radio"
                  aria-checked={(visibility[c.id] ?? 'shown') === mode}
                  onClick={() => setMode(c.id, mode)}
                >
                  {mode}
                </button>
              ))}
            </span>
          </div>
        ))}
        <label className="layers-panel__field">
          Exploded
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={explode}
            aria-label="Exploded view"
            onChange={(e) => studio.view.setState({ explode: Number(e.target.value) })}
          />
        </label>
        <label className="layers-panel__field">
          Grid pitch
          <input
            aria-label="Grid pitch"
            value={pitchText}
            onChange={(e) => setPitchText(e.target.value)}
            onBlur={commitPitch}
            onKeyDown={(e) => e.key === 'Enter' && commitPitch()}
          />
          <span className="field__unit">mm</span>
        </label>
        {message && (
          <p role="alert" className="field__message">
            {message}
          </p>
        )}
        <label className="layers-panel__field">
          <input
            type="checkbox"
            checked={isSnapping}
            onChange={(e) => studio.view.setState({ isSnapping: e.target.checked })}
          />
          Snap to grid, edges and ports
        </label>
      </div>
    </section>
  );
}
