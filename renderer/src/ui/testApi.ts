/**
 * `window.__lightpathTest`: a small, documented API the end-to-end tests drive the studio
 * with (present in every build; it can do nothing the menus cannot). Frames drawn for a
 * revision are announced by the `lightpath:frame` event on the canvas (scene/FrameReporter).
 */
import type { Design } from '../model/schema';
import type { LoadOutcome } from '../store/documentIo';
import { serializeDesign } from '../store/documentIo';
import { commentPinProjector } from '../scene/comments/CommentPins';
import { setRestCommitMs } from '../scene/useDragParts';
import { drawnFindingMarkers, type DrawnMarker } from '../scene/findings/FindingMarkers';
import { frameStats, resetFrameStats, type FrameStats } from '../scene/frameStats';
import { componentProjector, portProjector } from '../scene/ScreenProjector';
import type { ViewState } from '../store/viewStore';
import { listExamples } from '../store/examples';
import type { Studio } from '../store/studio';
import { runActionAsync } from './actions/registry';
import type { FiberRoute } from '../engine/routing/fiberRoute';
import { drawnFiber } from '../scene/fibers/drawnFiber';
import { pointProjector } from '../scene/fibers/PointProjector';

/** What tests may call. */
export interface LightpathTestApi {
  getDocument(): Design;
  /** The document as the studio would save it. */
  getSerialized(): string;
  getRevision(): number;
  getSelection(): readonly string[];
  isDirty(): boolean;
  select(ids: readonly string[]): void;
  openText(name: string, text: string): LoadOutcome;
  /**
   * Runs an action by id ("edit.undo", "file.new:cpo-a") and resolves when it has finished;
   * false if unknown or not applicable.
   */
  runAction(id: string): Promise<boolean>;
  /** Ids of the bundled example templates (file stems). */
  listTemplates(): string[];
  /** Client pixel position of a component's top centre in the viewport, or null. */
  screenPointOf(id: string): { x: number; y: number } | null;
  /** Client pixel position of the centre of a review comment's pin head, or null. */
  screenPointOfComment(id: string): { x: number; y: number } | null;
  /** How long a drag rests before the document takes it, ms (default 150); returns the old value. */
  setDragRestMs(ms: number): number;
  /** Client pixel position of a component's port (connect tool marker), or null. */
  screenPointOfPort(id: string, port: string): { x: number; y: number } | null;
  /** Client pixel position of a model point (global mm), or null. */
  screenPointOfMm(p: { x: number; y: number; z: number }): { x: number; y: number } | null;
  /** The route drawn for the selected fiber (path mm, waypoint indices, length), or null. */
  drawnFiber(): Pick<FiberRoute, 'fiberId' | 'pathMm' | 'waypointIndices' | 'lengthMm'> | null;
  /**
   * The rule-finding markers drawn now (none while hidden or before the first evaluation):
   * each marker's first finding (rule, severity, message, parts, index in the list), how many
   * findings share it, its client position, whether it holds the active finding and whether
   * its evaluation is for an older revision.
   */
  findingMarkers(): DrawnMarker[];
  /** The latest findings evaluation: its revision and findings, or null before the first. */
  findings(): {
    revision: number;
    findings: { rule: string; components: readonly string[] }[];
  } | null;
  /** The editor's view state: grid, snapping, projection, explode, tool, live collisions. */
  getView(): Pick<
    ViewState,
    | 'gridPitchMm'
    | 'isSnapping'
    | 'isOrthographic'
    | 'explode'
    | 'tool'
    | 'connectFrom'
    | 'collidingIds'
    | 'layerVisibility'
    | 'dragPreview'
  >;
  /** Input-to-frame times and draw calls of the viewport (scene/frameStats.ts). */
  frameStats(): FrameStats;
  resetFrameStats(): void;
}

declare global {
  interface Window {
    __lightpathTest?: LightpathTestApi;
  }
}

/** Installs the test API on `win`. */
export function installTestApi(studio: Studio, win: Window = window): void {
  win.__lightpathTest = {
    getDocument: () => studio.docs.store.getState().doc,
    getSerialized: () => serializeDesign(studio.docs.store.getState().doc),
    getRevision: () => studio.docs.store.getState().revision,
    getSelection: () => studio.view.getState().selection,
    isDirty: () => studio.docs.store.getState().isDirty,
    select: (ids) => studio.select(ids),
    openText: (name, text) => studio.openText(name, text),
    runAction: (id) => runActionAsync(studio, id, 'api'),
    listTemplates: () => listExamples().map((e) => e.id),
    screenPointOf: (id) => componentProjector()?.(id) ?? null,
    screenPointOfComment: (id) => commentPinProjector()?.(id) ?? null,
    setDragRestMs: (ms) => setRestCommitMs(ms),
    screenPointOfPort: (id, port) => portProjector()?.(id, port) ?? null,
    screenPointOfMm: (p) => pointProjector()?.(p) ?? null,
    drawnFiber: () => {
      const r = drawnFiber();
      if (!r) return null;
      const { fiberId, pathMm, waypointIndices, lengthMm } = r;
      return JSON.parse(JSON.stringify({ fiberId, pathMm, waypointIndices, lengthMm }));
    },
    findingMarkers: () => drawnFindingMarkers(),
    findings: () => {
      const result = studio.findings.getState().result;
      if (!result) return null;
      const findings = result.findings.map((f) => ({ rule: f.rule, components: f.components }));
      return { revision: result.revision, findings };
    },
    getView: () => {
      const v = studio.view.getState();
      return {
        gridPitchMm: v.gridPitchMm,
        isSnapping: v.isSnapping,
        isOrthographic: v.isOrthographic,
        explode: v.explode,
        tool: v.tool,
        connectFrom: v.connectFrom,
        collidingIds: v.collidingIds,
        layerVisibility: v.layerVisibility,
        dragPreview: v.dragPreview,
      };
    },
    frameStats: () => JSON.parse(JSON.stringify(frameStats())) as FrameStats,
    resetFrameStats,
  };
}
