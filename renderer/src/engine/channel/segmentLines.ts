/**
 * The line model of every trace segment of a revision: the carrier's signal layer
 * (signalLayer.ts), the medium's cross-section (model/data/traceGeometry), the layer's Dk/Df
 * (the layer's own, else its material's, else the medium's default material's) and copper
 * roughness (the layer's `roughnessUm`, else the medium's default). Built once per carrier and
 * medium per analysis. A segment on no carrier of its medium gets the medium's default line;
 * the lateral run of a 3D stack reads the carrier its lower end is mounted on when that
 * carrier's traces are of the run's medium (an interposer with a silicon layer).
 */
import { COPPER_CONDUCTIVITY, TRACE_GEOMETRY } from '../../model/data/traceGeometry';
import { materialByKey } from '../../model/materials';
import type { Carrier, CustomMaterial, Design } from '../../model/schema';
import { mediumOfCarrier, type Medium } from '../routing/media';
import { lineModel, type LineModel } from './lineLoss/lineModel';
import { signalLayerOf } from './signalLayer';

/** A segment's line: the model and what it was built from (for results and reports). */
export interface SegmentLine {
  readonly model: LineModel;
  readonly info: SegmentLineInfo;
}

/** Where a segment's line comes from; plain data. */
export interface SegmentLineInfo {
  readonly carrierId: string | null;
  readonly layerIndex: number | null;
  readonly kind: 'stripline' | 'microstrip';
  readonly material: string;
  readonly dk: number;
  readonly df: number;
  readonly roughnessUm: number;
  readonly widthUm: number;
  readonly thicknessUm: number;
  readonly z0Ohm: number;
}

/** Medium with a line model (the vertical path of a 3D stack is a per-element loss). */
export type LineMedium = Exclude<Medium, 'vertical'>;

function dielectricOf(key: string, own: readonly CustomMaterial[]) {
  const custom = own.find((m) => m.key === key);
  if (custom) return custom.dk !== undefined && custom.df !== undefined ? custom : undefined;
  return materialByKey(key)?.dielectric;
}

function build(medium: LineMedium, carrier: Carrier | undefined, own: readonly CustomMaterial[]) {
  const geometry = TRACE_GEOMETRY[medium];
  const signal = carrier ? signalLayerOf(carrier) : undefined;
  const layer = signal?.layer;
  const fallback = dielectricOf(geometry.defaultMaterial, own)!;
  const material =
    layer && dielectricOf(layer.material, own) ? layer.material : geometry.defaultMaterial;
  const base = dielectricOf(material, own) ?? fallback;
  const dk = layer?.dk ?? base.dk!;
  const df = layer?.df ?? base.df!;
  const roughnessUm = layer?.roughnessUm ?? geometry.roughnessUm;
  const kind = signal?.kind ?? 'stripline';
  const thicknessUm = signal?.copperUm ?? geometry.thicknessUm;
  const um = 1e-6;
  const spacingM =
    kind === 'stripline'
      ? geometry.planeSpacingUm * um
      : ((geometry.planeSpacingUm - thicknessUm) / 2) * um;
  const model = lineModel({
    kind,
    widthM: geometry.widthUm * um,
    thicknessM: thicknessUm * um,
    spacingM,
    dk,
    df,
    roughnessM: roughnessUm * um,
    sigma: COPPER_CONDUCTIVITY.sPerM,
  });
  const info: SegmentLineInfo = {
    carrierId: carrier?.id ?? null,
    layerIndex: signal?.index ?? null,
    kind,
    material,
    dk,
    df,
    roughnessUm,
    widthUm: geometry.widthUm,
    thicknessUm,
    z0Ohm: model.z0,
  };
  return { model, info };
}

/** Line models of one design revision, built on first use. */
export class SegmentLines {
  private readonly carriers: ReadonlyMap<string, Carrier>;
  private readonly materials: readonly CustomMaterial[];
  private readonly built = new Map<string, SegmentLine>();

  constructor(doc: Pick<Design, 'carriers' | 'materials'>) {
    this.carriers = new Map(doc.carriers.map((c) => [c.id, c]));
    this.materials = doc.materials ?? [];
  }

  /** The line of a trace of `medium` on carrier `carrierId` (or the medium's default line). */
  line(medium: LineMedium, carrierId?: string): SegmentLine {
    const key = `${medium}|${carrierId ?? ''}`;
    let line = this.built.get(key);
    if (!line) {
      const carrier = carrierId === undefined ? undefined : this.carriers.get(carrierId);
      const own = carrier && mediumOfCarrier(carrier) === medium ? carrier : undefined;
      line = build(medium, own, this.materials);
      this.built.set(key, line);
    }
    return line;
  }
}
