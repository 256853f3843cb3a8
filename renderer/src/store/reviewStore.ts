/**
 * State of review mode, the measure tool, the command palette and the context menu: view
 * state only (never saved, never undone). Comments themselves live in the document and
 * change only through model commands. One store per studio (`studio.review`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CommentAnchor } from '../model/schema';
import type { Studio } from './studio';

/** A point in global model mm (z up from the bottom of the base carrier, not exaggerated). */
export interface PointMm {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A measure end: where it is and what it snapped to. */
export interface MeasurePoint extends PointMm {
  readonly snap: 'centre' | 'corner' | 'edge' | 'surface';
  /** The part the point lies on, if any. */
  readonly componentId?: string;
}

/** What was right-clicked: a part, or a point in space (on a carrier or the ground). */
export type ContextTarget =
  | { readonly kind: 'part'; readonly componentId: string; readonly pointMm: PointMm }
  | { readonly kind: 'space'; readonly pointMm: PointMm };

/** What the review store holds. */
export interface ReviewState {
  /** A comment being written, not yet in the document. */
  readonly draft: { readonly anchor: CommentAnchor } | null;
  /** Comment highlighted in the list and the viewport. */
  readonly activeCommentId: string | null;
  readonly filter: 'open' | 'all';
  readonly isPanelOpen: boolean;
  /** Latest request to turn the camera to a point; `nonce` changes per request. */
  readonly focus: {
    readonly pointMm: PointMm;
    readonly radiusMm: number;
    readonly nonce: number;
  } | null;
  /** Measure ends picked so far (0, 1 or 2). */
  readonly measure: readonly MeasurePoint[];
  readonly isPaletteOpen: boolean;
  /** Open context menu at client pixel (x, y). */
  readonly contextMenu: {
    readonly x: number;
    readonly y: number;
    readonly target: ContextTarget;
  } | null;
}

/** The review store of one studio. */
export type ReviewStore = StoreApi<ReviewState>;

/** A review store with nothing open, drafted or measured. */
export function createReviewStore(): ReviewStore {
  return createStore<ReviewState>(() => ({
    draft: null,
    activeCommentId: null,
    filter: 'all',
    isPanelOpen: false,
    focus: null,
    measure: [],
    isPaletteOpen: false,
    contextMenu: null,
  }));
}

/** Asks the viewport to look at a point from the current direction, framing `radiusMm`. */
export function requestFocus(
  studio: Pick<Studio, 'review'>,
  pointMm: PointMm,
  radiusMm: number,
): void {
  studio.review.setState((s) => ({
    focus: { pointMm, radiusMm, nonce: (s.focus?.nonce ?? 0) + 1 },
  }));
}

/** Starts writing a comment at an anchor: the panel opens with the draft. */
export function startDraft(studio: Pick<Studio, 'review' | 'view'>, anchor: CommentAnchor): void {
  studio.view.setState({ tool: 'select', notice: '' });
  studio.review.setState({ draft: { anchor }, isPanelOpen: true, activeCommentId: null });
}
