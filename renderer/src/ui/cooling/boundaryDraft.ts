/**
 * The add/edit form of a cooling boundary as plain data: what the user has chosen and typed,
 * turned into a boundary for the command. Text that is not a number is refused here; every
 * range (HTC > 0, resistance > 0, coolant) is the command's to check, so the form shows the
 * command's own message.
 */
import { coolingPreset } from '../../model/data/coolingPresets';
import type { BoundaryTarget, CoolingBoundary, Design } from '../../model/schema';

/** The form's fields. */
export interface BoundaryDraft {
  readonly name: string;
  readonly kind: CoolingBoundary['kind'];
  readonly targetKind: BoundaryTarget['kind'];
  /** Parts whose tops are covered (taken from the selection). */
  readonly componentIds: readonly string[];
  readonly carrierId: string;
  /** Region as "carrierId/regionId". */
  readonly regionKey: string;
  readonly face: 'top' | 'bottom';
  /** Preset the numbers came from; '' when typed in. */
  readonly presetId: string;
  readonly ratingKind: 'resistance' | 'htc';
  readonly ratingText: string;
  readonly coolantText: string;
}

/** Every region of the design as [key, label]. */
export function regionChoices(doc: Design): [string, string][] {
  return doc.carriers.flatMap((c) =>
    c.layers.flatMap((l) =>
      (l.regions ?? []).map((r): [string, string] => [
        `${c.id}/${r.id}`,
        `${r.name || r.id} (${c.name || c.id} / ${l.name})`,
      ]),
    ),
  );
}

/** A new form: the selected parts' tops when parts are selected, else the first carrier's top. */
export function newDraft(
  doc: Design,
  selection: readonly string[],
  presetId: string,
): BoundaryDraft {
  const componentIds = selection.filter((id) => doc.components.some((c) => c.id === id));
  const base: BoundaryDraft = {
    name: '',
    kind: 'cold-plate',
    targetKind: componentIds.length > 0 ? 'components' : 'carrier',
    componentIds,
    carrierId: doc.carriers[0]?.id ?? '',
    regionKey: regionChoices(doc)[0]?.[0] ?? '',
    face: 'top',
    presetId: '',
    ratingKind: 'resistance',
    ratingText: '',
    coolantText: '35',
  };
  return withPreset(base, presetId);
}

/** The form of an existing boundary. */
export function draftOf(b: CoolingBoundary): BoundaryDraft {
  const t = b.target;
  return {
    name: b.name,
    kind: b.kind,
    targetKind: t.kind,
    componentIds: t.kind === 'components' ? t.componentIds : [],
    carrierId: t.kind === 'components' ? '' : t.carrierId,
    regionKey: t.kind === 'region' ? `${t.carrierId}/${t.regionId}` : '',
    face: t.kind === 'components' ? 'top' : t.face,
    presetId: b.presetId ?? '',
    ratingKind: b.rating.kind,
    ratingText: String(b.rating.kind === 'resistance' ? b.rating.kPerW : b.rating.wPerM2K),
    coolantText: String(b.coolantC),
  };
}

/** The draft with a preset's kind, rating and coolant ('' leaves the numbers to type). */
export function withPreset(draft: BoundaryDraft, presetId: string): BoundaryDraft {
  const preset = coolingPreset(presetId || undefined);
  if (!preset) return { ...draft, presetId: '' };
  const r = preset.rating;
  return {
    ...draft,
    presetId,
    kind: preset.kind,
    ratingKind: r.kind,
    ratingText: String(r.kind === 'resistance' ? r.kPerW : r.wPerM2K),
    coolantText: String(preset.coolantC),
  };
}

/** A number the user typed, or the message saying it is not one. */
function number(text: string, what: string, unit: string): number | string {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value)
    ? value
    : `${what}: "${text}" is not a number in ${unit}`;
}

/** The boundary the form describes, or why it cannot be built. */
export function boundaryOf(draft: BoundaryDraft, id: string): CoolingBoundary | string {
  const unit = draft.ratingKind === 'resistance' ? 'K/W' : 'W/(m²·K)';
  const value = number(
    draft.ratingText,
    draft.ratingKind === 'resistance' ? 'Resistance' : 'HTC',
    unit,
  );
  const coolantC = number(draft.coolantText, 'Coolant', '°C');
  if (typeof value === 'string') return value;
  if (typeof coolantC === 'string') return coolantC;
  let target: BoundaryTarget;
  if (draft.targetKind === 'components') {
    if (draft.componentIds.length === 0) return 'Select the parts whose tops the boundary covers';
    target = { kind: 'components', componentIds: [...draft.componentIds] };
  } else if (draft.targetKind === 'carrier') {
    target = { kind: 'carrier', carrierId: draft.carrierId, face: draft.face };
  } else {
    const [carrierId = '', regionId = ''] = draft.regionKey.split('/');
    if (!regionId) return 'The design has no region to cool';
    target = { kind: 'region', carrierId, regionId, face: draft.face };
  }
  const rating: CoolingBoundary['rating'] =
    draft.ratingKind === 'resistance'
      ? { kind: 'resistance', kPerW: value }
      : { kind: 'htc', wPerM2K: value };
  const name = draft.name.trim() || coolingPreset(draft.presetId)?.name || draft.kind;
  const presetId = draft.presetId ? { presetId: draft.presetId } : {};
  return { id, name, kind: draft.kind, target, rating, coolantC, ...presetId };
}
