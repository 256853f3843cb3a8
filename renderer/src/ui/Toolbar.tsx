/**
 * The quick toolbar: undo/redo, the camera presets and fit — the same actions as the menus.
 */
import { runAction } from './actions/registry';
import { useDocState, useStudio, useViewState } from './studioContext';
import { ThermalToolbar } from './thermal/ThermalToolbar';

const CAMERA_BUTTONS: ReadonlyArray<[string, string, string]> = [
  ['view.camera.top', 'Top', '1'],
  ['view.camera.front', 'Front', '2'],
  ['view.camera.side', 'Side', '3'],
  ['view.camera.isometric', 'Iso', '4'],
];

/** The toolbar under the menu bar. */
export function Toolbar() {
  const studio = useStudio();
  const canUndo = useDocState((s) => s.history.undoStack.length > 0);
  const canRedo = useDocState((s) => s.history.redoStack.length > 0);
  const preset = useViewState((s) => s.camera.preset);
  const run = (id: string) => runAction(studio, id, 'menu');
  return (
    <div className="toolbar" role="toolbar" aria-label="Tools">
      <div className="toolbar__group">
        <button
          type="button"
          onClick={() => run('edit.undo')}
          disabled={!canUndo}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => run('edit.redo')}
          disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
      </div>
      <div className="toolbar__group" aria-label="Camera">
        {CAMERA_BUTTONS.map(([id, label, key]) => (
          <button
            key={id}
            type="button"
            className={id.endsWith(preset === 'iso' ? 'isometric' : preset) ? 'is-active' : ''}
            onClick={() => run(id)}
            title={`${label} view (${key})`}
          >
            {label}
          </button>
        ))}
        <button type="button" onClick={() => run('view.fit')} title="Fit design (F)">
          Fit
        </button>
      </div>
      <ThermalToolbar />
    </div>
  );
}
