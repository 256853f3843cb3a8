/**
 * View state that is never saved in the document and never undone: the selection, the
 * camera request, the cursor position over the carrier and which panels and dialogs show.
 * Changing it does not bump the document revision and never clears redo.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ThermalPresetChoice } from '../worker/thermalPreset';

/** The choices `thermalPreset` takes, in menu order (worker/thermalPreset.ts). */
export { THERMAL_PRESET_CHOICES, type ThermalPresetChoice } from '../worker/thermalPreset';

/** Named camera views. */
export type CameraPreset = 'top' | 'front' | 'side' | 'iso';

/** How a carrier's layers are drawn (Layers panel). */
export type LayerVisibility = 'shown' | 'translucent' | 'hidden';

/**
 * The pointer tool of the viewport: select/move, connect two ports into a link, place a
 * review comment (ui/review), or measure between two points (scene/measure).
 */
export type ViewportTool = 'select' | 'connect' | 'comment' | 'measure' | 'fiber';

/** A port picked as the first end of a link by the connect tool. */
export interface PortPick {
  readonly componentId: string;
  readonly port: string;
}

/** What a drag snapped to, drawn as a marker while dragging (global mm). */
export interface SnapTarget {
  readonly kind: 'grid' | 'edge' | 'centre' | 'port';
  readonly xMm: number;
  readonly yMm: number;
  /** Where the pressed part's centre lands, mm (shown while dragging). */
  readonly centreMm?: { readonly x: number; readonly y: number };
}

/**
 * A drag in progress that the document has not taken yet: the dragged components are drawn
 * `offsetMm` away from their document position. The drag hands the offset to the document
 * when the pointer rests and on release (scene/useDragParts.ts).
 */
export interface DragPreview {
  readonly ids: readonly string[];
  readonly offsetMm: { readonly x: number; readonly y: number };
}

/** A dialog the studio is showing, if any. */
export type OpenDialog =
  | { readonly kind: 'load-error'; readonly title: string; readonly message: string }
  | { readonly kind: 'recovery'; readonly savedAt: string; readonly text: string }
  | { readonly kind: 'templates' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }
  | {
      readonly kind: 'confirm';
      readonly title: string;
      readonly message: string;
      readonly confirmLabel: string;
      /** Called once with the user's answer. */
      readonly answer: (isConfirmed: boolean) => void;
    }
  | null;

/** What the view store holds. */
export interface ViewState {
  /** Selected ids (components, carriers or links), in click order. */
  readonly selection: readonly string[];
  /** Latest camera request; `nonce` changes so the same preset can be asked twice. */
  readonly camera: {
    readonly preset: CameraPreset;
    readonly nonce: number;
    /** Frame the selected components instead of the whole design. */
    readonly isFitSelection?: boolean;
  };
  /** Cursor over the carrier in global mm; null when the pointer is elsewhere. */
  readonly cursorMm: { readonly x: number; readonly y: number } | null;
  readonly panels: {
    readonly outline: boolean;
    readonly inspector: boolean;
    readonly metrics: boolean;
    /** Carrier layers: shown, translucent or hidden per carrier. */
    readonly layers: boolean;
    /** Parts palette (search the library, drag a part onto a carrier). */
    readonly parts: boolean;
  };
  readonly dialog: OpenDialog;
  /** Heat-map overlay: shown or not, and the layer (heat-map slice label) it shows; null = top surface. */
  readonly heatmap: { readonly isVisible: boolean; readonly layer: string | null };
  /** Mesh preset choice of the live thermal solve (worker/thermalPreset.ts). */
  readonly thermalPreset: ThermalPresetChoice;
  /** Short transient message in the status bar, e.g. "Saved". */
  readonly notice: string;
  /** Grid pitch drags and placements snap to, mm. */
  readonly gridPitchMm: number;
  /** True: drags snap to the grid, part edges and centres, and ports. */
  readonly isSnapping: boolean;
  /** Orthographic camera (layout work) instead of perspective. */
  readonly isOrthographic: boolean;
  /** Exploded view: extra gap between stacked carriers, 0 (off) to 1 (fully exploded). */
  readonly explode: number;
  /** Per carrier id; carriers not listed are shown. */
  readonly layerVisibility: Readonly<Record<string, LayerVisibility>>;
  readonly tool: ViewportTool;
  /** First port picked by the connect tool, if any. */
  readonly connectFrom: PortPick | null;
  /** Snap target of the drag in progress, if any. */
  readonly snapTarget: SnapTarget | null;
  /** Components the dragged ones overlap right now (live collision feedback). */
  readonly collidingIds: readonly string[];
  /** The drag in progress, if any. */
  readonly dragPreview: DragPreview | null;
}

/** Grid pitch at start, mm. */
export const DEFAULT_GRID_PITCH_MM = 1;

/** Creates the view store with everything visible and nothing selected. */
export function createViewStore(): StoreApi<ViewState> {
  return createStore<ViewState>(() => ({
    selection: [],
    camera: { preset: 'iso', nonce: 0 },
    cursorMm: null,
    panels: { outline: true, inspector: true, metrics: true, layers: false, parts: true },
    dialog: null,
    heatmap: { isVisible: false, layer: null },
    thermalPreset: 'auto',
    notice: '',
    gridPitchMm: DEFAULT_GRID_PITCH_MM,
    isSnapping: true,
    isOrthographic: false,
    explode: 0,
    layerVisibility: {},
    tool: 'select',
    connectFrom: null,
    snapTarget: null,
    collidingIds: [],
    dragPreview: null,
  }));
}

/** Asks the viewport to move to a preset view (and, when given, switches the projection). */
export function requestCamera(
  view: StoreApi<ViewState>,
  preset: CameraPreset,
  isOrthographic?: boolean,
  isFitSelection = false,
): void {
  view.setState((s) => ({
    camera: { preset, nonce: s.camera.nonce + 1, isFitSelection },
    isOrthographic: isOrthographic ?? s.isOrthographic,
  }));
}

/** Replaces the selection; unknown ids are kept out by the caller. */
export function setSelection(view: StoreApi<ViewState>, ids: readonly string[]): void {
  view.setState({ selection: [...new Set(ids)] });
}
