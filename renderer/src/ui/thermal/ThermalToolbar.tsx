/**
 * The toolbar's thermal group: the heat-map toggle (action "view.heatmap", key H), the
 * layer it shows, the mesh preset of the live solve, and the solve's progress.
 */
import { runAction } from '../actions/registry';
import { THERMAL_PRESET_CHOICES, type ThermalPresetChoice } from '../../store/viewStore';
import { useAnalysisState, useStudio, useViewState } from '../studioContext';

const PRESET_LABELS: Readonly<Record<ThermalPresetChoice, string>> = {
  auto: 'Auto mesh',
  coarse: 'Coarse mesh',
  normal: 'Normal mesh',
  fine: 'Fine mesh',
};

/** The thermal controls in the toolbar. */
export function ThermalToolbar() {
  const studio = useStudio();
  const heatmap = useViewState((s) => s.heatmap);
  const preset = useViewState((s) => s.thermalPreset);
  // Select the stable array, map in render: a selector returning a new array loops.
  const slices = useAnalysisState((s) => s.result?.thermal?.slices);
  const labels = slices?.map((x) => x.label) ?? [];
  const solvedPreset = useAnalysisState((s) => s.result?.thermal?.preset);
  const progress = useAnalysisState((s) => s.progress);
  return (
    <div className="toolbar__group" aria-label="Thermal">
      <button
        type="button"
        className={heatmap.isVisible ? 'is-active' : ''}
        aria-pressed={heatmap.isVisible}
        onClick={() => runAction(studio, 'view.heatmap', 'menu')}
        title="Heat map (H)"
        data-testid="heatmap-toggle"
      >
        Heat map
      </button>
      <select
        aria-label="Heat-map layer"
        data-testid="heatmap-layer"
        value={heatmap.layer ?? labels[0] ?? ''}
        disabled={labels.length === 0}
        onChange={(e) =>
          studio.view.setState((s) => ({ heatmap: { ...s.heatmap, layer: e.target.value } }))
        }
      >
        {labels.length === 0 && <option value="">layers after the solve</option>}
        {labels.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
      <select
        aria-label="Thermal mesh preset"
        data-testid="thermal-preset"
        value={preset}
        title={solvedPreset ? `Last solve: ${solvedPreset} mesh` : 'Mesh of the thermal solve'}
        onChange={(e) =>
          studio.view.setState({ thermalPreset: e.target.value as ThermalPresetChoice })
        }
      >
        {THERMAL_PRESET_CHOICES.map((c) => (
          <option key={c} value={c}>
            {PRESET_LABELS[c]}
          </option>
        ))}
      </select>
      {progress !== null && (
        <span className="toolbar__progress" data-testid="thermal-progress">
          {Math.round(progress * 100)} %
        </span>
      )}
    </div>
  );
}
