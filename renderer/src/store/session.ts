/**
 * The session state of one studio: everything besides the document and the view store
 * that lives as long as the studio window and is never saved or undone — the analysis and
 * its findings, the review tools, the open analysis panel, the exports, the sweep and
 * compare workers, the in-memory clipboard, and the state of the panels and editors that
 * need one (fiber waypoints, stack-up, part editor, cooling, convert dialog). createStudio
 * makes one per studio (decision 004); nothing here is a module-level instance.
 */
import { createAnalysisPanelStore, type AnalysisPanelStore } from './analysisPanelStore';
import { createAnalysisSession, type AnalysisSession } from './analysisSession';
import { createClipboardStore, type ClipboardStore } from './clipboard';
import { createCompareRunner, type CompareRunner } from './compareRunner';
import { createConvertStore, type ConvertStore } from './convertStore';
import { createCoolingPanelStore, type CoolingPanelStore } from './coolingPanelStore';
import { createExportSession, type ExportSession } from './exportSession';
import { createFiberEditStore, type FiberEditStore } from './fiberEditStore';
import { createFindingsStore, type FindingsStore } from './findingsStore';
import { createPartEditorStore, type PartEditorStore } from './partEditorStore';
import { createReviewStore, type ReviewStore } from './reviewStore';
import { createStackupStore, type StackupStore } from './stackupStore';
import { createSweepRunner, type SweepRunner } from './sweepRunner';
import type { Studio } from './studio';

/** The session state of a studio (part of `Studio`). */
export interface Session {
  /** The background analysis: results store, worker while started (analysisSession.ts). */
  readonly analysis: AnalysisSession;
  /** Rule findings shown by the findings panel and the markers (findingsStore.ts). */
  readonly findings: FindingsStore;
  /** Review mode, measure tool, command palette, context menu (reviewStore.ts). */
  readonly review: ReviewStore;
  /** The open analysis panel: compare, sweep or findings (analysisPanelStore.ts). */
  readonly analysisPanel: AnalysisPanelStore;
  /** Exports: the one running, and how to run one (exportSession.ts). */
  readonly exports: ExportSession;
  /** The picked and dragged fiber waypoint (fiberEditStore.ts). */
  readonly fiberEdit: FiberEditStore;
  /** The Stack-up panel (stackupStore.ts). */
  readonly stackup: StackupStore;
  /** The part editor dialog (partEditorStore.ts). */
  readonly partEditor: PartEditorStore;
  /** The Cooling panel (coolingPanelStore.ts). */
  readonly cooling: CoolingPanelStore;
  /** The Convert to architecture dialog (convertStore.ts). */
  readonly convert: ConvertStore;
  /** The in-memory clipboard of copied components (clipboard.ts). */
  readonly clipboard: ClipboardStore;
  /** Parameter sweeps on the studio's worker pool (sweepRunner.ts). */
  readonly sweep: SweepRunner;
  /** Architecture comparisons in the studio's evaluation worker (compareRunner.ts). */
  readonly compare: CompareRunner;
}

/** The session state of a new studio; `studio` is read when the analysis starts. */
export function createSession(studio: Pick<Studio, 'docs' | 'view' | 'parts'>): Session {
  const findings = createFindingsStore();
  const analysisStudio = {
    docs: studio.docs,
    view: studio.view,
    findings,
    get parts() {
      return studio.parts;
    },
  };
  return {
    analysis: createAnalysisSession(analysisStudio),
    findings,
    review: createReviewStore(),
    analysisPanel: createAnalysisPanelStore(),
    exports: createExportSession(),
    fiberEdit: createFiberEditStore(),
    stackup: createStackupStore(),
    partEditor: createPartEditorStore(),
    cooling: createCoolingPanelStore(),
    convert: createConvertStore(),
    clipboard: createClipboardStore(),
    sweep: createSweepRunner(),
    compare: createCompareRunner(),
  };
}
