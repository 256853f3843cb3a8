/**
 * The rule findings of the open design as the findings panel and the viewport's markers show
 * them: the latest evaluation (tagged with the document revision it was made for) or its
 * error, the finding the user clicked last, the marker under the pointer and the "Rule
 * markers" toggle. View state only (never saved, never undone); one store per studio
 * (`studio.findings`, made in session.ts). findingsFromAnalysis.ts fills it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '../engine/rules/ruleTypes';
import type { ServiceResult } from '../engine/service/serviceTypes';
import type { Design } from '../model/schema';
import type { ThermalPresetName } from '../worker/thermalPreset';

/** One evaluation of the design, as `lightpath analyze` does it. */
export interface FindingsEvaluation {
  /** Document revision the evaluation was made for. */
  readonly revision: number;
  /** Mesh of the thermal solve the temperature findings come from. */
  readonly mesh: ThermalPresetName;
  /** The document evaluated (markers are placed with its layout). */
  readonly doc: Design;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** What the findings store holds. */
export interface FindingsState {
  readonly result: FindingsEvaluation | null;
  /** Message of the last failed evaluation; '' after a success. */
  readonly error: string;
  /** Index into `result.findings` of the finding clicked last (panel or marker). */
  readonly activeIndex: number | null;
  /** The findings of the marker under the pointer, and where that marker is (client px). */
  readonly hover: {
    readonly indices: readonly number[];
    readonly x: number;
    readonly y: number;
  } | null;
  /** View → Rule markers: markers drawn without the findings panel open. */
  readonly isMarkersOn: boolean;
}

/** The findings store of one studio. */
export type FindingsStore = StoreApi<FindingsState>;

/** An empty findings store: no evaluation yet, markers off. */
export function createFindingsStore(): FindingsStore {
  return createStore<FindingsState>(() => ({
    result: null,
    error: '',
    activeIndex: null,
    hover: null,
    isMarkersOn: false,
  }));
}

/** True when two findings are the same problem (same rule on the same parts). */
function isSameProblem(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.components.length === b.components.length &&
    a.components.every((id, i) => b.components[i] === id)
  );
}

/**
 * Stores a new evaluation. The active finding stays active when the new result still has it
 * (same rule, same parts); the hover is dropped, since indices may have moved.
 */
export function setEvaluation(findings: FindingsStore, result: FindingsEvaluation): void {
  findings.setState((s) => {
    const before = s.activeIndex === null ? undefined : s.result?.findings[s.activeIndex];
    const at = before ? result.findings.findIndex((f) => isSameProblem(f, before)) : -1;
    return { result, error: '', activeIndex: at >= 0 ? at : null, hover: null };
  });
}

/** Makes a finding the active one (null: none). */
export function setActiveFinding(findings: FindingsStore, index: number | null): void {
  findings.setState({ activeIndex: index });
}

/** Turns the rule markers on or off. */
export function toggleRuleMarkers(findings: FindingsStore): void {
  findings.setState((s) => ({ isMarkersOn: !s.isMarkersOn }));
}
