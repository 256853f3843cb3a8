/**
 * Thermal conductivities of the materials in carrier stacks and part build-ups, and the
 * effective conductivity of a laminate with copper planes.
 *
 * Units: W/(m·K). "In-plane" is along the layer (x, y); "through-plane" is across it (z).
 * Every entry names a source id resolved in docs/DATA-SOURCES.md. Values are at room
 * temperature; the thermal solver treats them as constant (silicon loses ~20 % by 100 °C).
 */

/** A material's conductivity, with the source id and the one-line assumption behind it. */
export interface Material {
  readonly key: string;
  readonly name: string;
  readonly inPlaneWmK: number;
  readonly throughPlaneWmK: number;
  readonly sourceId: string;
  readonly assumption: string;
  /** Dielectric of a signal-carrying material: relative permittivity, loss tangent, source. */
  readonly dielectric?: Dielectric;
}

/** Dk and Df of a signal-carrying dielectric at tens of GHz, with their source. */
export interface Dielectric {
  readonly dk: number;
  readonly df: number;
  readonly sourceId: string;
  readonly assumption: string;
}

function isotropic(
  key: string,
  name: string,
  kWmK: number,
  sourceId: string,
  assumption: string,
  dielectric?: Dielectric,
): Material {
  const m: Material = { key, name, inPlaneWmK: kWmK, throughPlaneWmK: kWmK, sourceId, assumption };
  return dielectric ? { ...m, dielectric } : m;
}

const LIST: readonly Material[] = [
  isotropic(
    'silicon',
    'Silicon',
    148,
    'incropera-2011',
    'pure Si at 300 K; doped, thinned dies run ~10 % lower',
  ),
  isotropic(
    'copper',
    'Copper',
    401,
    'incropera-2011',
    'pure Cu at 300 K; electroplated copper measured 401, foil 391 (pmc-pcb-materials)',
  ),
  isotropic(
    'aluminium',
    'Aluminium',
    237,
    'incropera-2011',
    'pure Al at 300 K; 6061-class heat-sink alloys are ~170',
  ),
  isotropic(
    'aln',
    'Aluminium nitride',
    170,
    'lightpath-data-md',
    'commercial sintered AlN ceramic, 140–180 by grade',
  ),
  isotropic(
    'sio2',
    'Silicon dioxide',
    1.4,
    'incropera-2011',
    'fused silica (1.38 at 300 K); thin-film oxide is similar or lower',
    {
      dk: 3.9,
      df: 0.001,
      sourceId: 'sze-sio2-dk',
      assumption: 'thermal/BEOL oxide Dk 3.9; Df 0.001 an estimate for deposited RDL oxide',
    },
  ),
  isotropic(
    'sac305',
    'SAC305 solder',
    58,
    'lightpath-data-md',
    'bulk Sn-3.0Ag-0.5Cu; a bump array is diluted by underfill, see underfill',
  ),
  isotropic(
    'indium',
    'Indium (TIM1)',
    82,
    'incropera-2011',
    'pure In, 81.8 at 300 K; solder TIM between die and lid',
  ),
  isotropic(
    'tim-grease',
    'Thermal grease / paste (TIM2)',
    4,
    'lightpath-data-md',
    'mid-range of 3–8 for filled greases',
  ),
  isotropic(
    'underfill',
    'Capillary underfill',
    0.5,
    'lightpath-data-md',
    'silica-filled epoxy; also used for bump layers, ignoring the bumps (conservative)',
  ),
  isotropic(
    'mould-compound',
    'Epoxy mould compound',
    0.8,
    'lightpath-data-md',
    'silica-filled EMC, 0.7–1',
  ),
  {
    key: 'fr4',
    name: 'FR-4 (glass-epoxy, no copper)',
    inPlaneWmK: 0.8,
    throughPlaneWmK: 0.3,
    sourceId: 'pcb-effective-k-mixing',
    assumption:
      'resin + woven glass: 0.8 along the weave (PCBWay Kp base term), 0.3 across (DATA.md)',
    dielectric: {
      dk: 4.3,
      df: 0.02,
      sourceId: 'fr4-dielectric-typical',
      assumption: 'standard FR-4 near 1–10 GHz; Df rises little above, Dk falls slightly',
    },
  },
  isotropic(
    'megtron7',
    'Megtron 7-class low-loss laminate',
    0.4,
    'pmc-pcb-materials',
    'low-loss laminates measure 0.2–0.69; vendor value not found',
    {
      dk: 3.4,
      df: 0.002,
      sourceId: 'panasonic-megtron7',
      assumption: 'MEGTRON 7 (R-5785) catalogue class at ~12 GHz; held constant to 80 GHz',
    },
  ),
  isotropic(
    'abf',
    'ABF build-up dielectric',
    0.3,
    'lightpath-data-md',
    'DATA.md 0.2–0.4; vendor value not found',
    {
      dk: 3.3,
      df: 0.0044,
      sourceId: 'ajinomoto-abf-gl102',
      assumption: 'low-loss ABF grade (GL102 class) at 5.8 GHz; held constant to 80 GHz',
    },
  ),
  isotropic(
    'polyimide',
    'Polyimide (fan-out RDL dielectric)',
    0.12,
    'dupont-kapton-hn',
    'Kapton HN film 0.12 at 23 °C; photo-definable RDL polyimides are similar',
    {
      dk: 3.2,
      df: 0.032,
      sourceId: 'pak-2006-polyimide',
      assumption:
        'thin-film copolyimide measured to 30 GHz (Dk 3.9→3.2, tan δ 0.032–0.052): the low end; low-loss RDL polymers are lower',
    },
  ),
  isotropic(
    'substrate-core',
    'Organic substrate core (glass-reinforced BT/epoxy, with copper)',
    0.45,
    'pmc-pcb-materials',
    'glass-reinforced high-Tg laminate (Nelco N7000-2HT 0.45); copper raises it, see laminateConductivity',
  ),
  isotropic(
    'air',
    'Air (cavity, gap)',
    0.026,
    'incropera-2011',
    'still air at 300 K (Table A.4, 0.0263); convection inside a sealed cavity ignored',
  ),
  isotropic(
    'glass',
    'Glass (borosilicate / glass core)',
    1.1,
    'incropera-2011',
    'Pyrex 1.4, soda-lime 1.4, glass cores ~1.0–1.2; taken 1.1',
  ),
];

/** The material table, keyed by material key (the `material` field of layers). */
export const MATERIALS: ReadonlyMap<string, Material> = new Map(LIST.map((m) => [m.key, m]));

/** The material for a key, or undefined when the key is unknown. */
export function materialByKey(key: string): Material | undefined {
  return MATERIALS.get(key);
}

/**
 * Default copper fill of a copper layer (fraction of the layer's area that is copper):
 * 0.2 for signal layers, 0.8 for power/ground planes. Source: frigprim-pcb-conductivity.
 */
export const COPPER_FILL = { signal: 0.2, plane: 0.8 } as const;

/** `count` copper layers (default 1) of a laminate: thickness in µm and area fill fraction 0…1. */
export interface CopperLayer {
  readonly thicknessUm: number;
  readonly fill: number;
  readonly count?: number;
}

/** Volume fraction of copper in a laminate of total thickness `totalMm`. */
export function copperVolumeFraction(layers: readonly CopperLayer[], totalMm: number): number {
  if (!(totalMm > 0)) throw new RangeError('laminate thickness must be > 0 mm');
  const copperMm = layers.reduce(
    (sum, l) => sum + (l.count ?? 1) * (l.thicknessUm / 1000) * Math.min(Math.max(l.fill, 0), 1),
    0,
  );
  return Math.min(copperMm / totalMm, 1);
}

/**
 * Effective conductivity of a laminate holding a volume fraction `copperFraction` of copper.
 * In-plane: parallel (arithmetic) mixing, k = f·k_Cu + (1−f)·k_d. Through-plane: series
 * (harmonic) mixing, 1/k = f/k_Cu + (1−f)/k_d. The bounds for layered media; source
 * pcb-effective-k-mixing. Through-plane is a lower bound: vias and partial planes raise it.
 */
export function laminateConductivity(
  dielectric: Pick<Material, 'inPlaneWmK' | 'throughPlaneWmK'>,
  copperFraction: number,
  copperWmK: number = 401,
): { inPlaneWmK: number; throughPlaneWmK: number } {
  if (!(copperFraction >= 0 && copperFraction <= 1))
    throw new RangeError('copper fraction must be in 0…1');
  const f = copperFraction;
  return {
    inPlaneWmK: f * copperWmK + (1 - f) * dielectric.inPlaneWmK,
    throughPlaneWmK: 1 / (f / copperWmK + (1 - f) / dielectric.throughPlaneWmK),
  };
}
