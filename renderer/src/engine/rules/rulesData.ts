/**
 * Default thresholds of the design rules, each with its source or marked "typical,
 * unconfirmed" with the reason. A design overrides them in its `rules` object
 * (model/schema.ts RulesConfigSchema). docs/MODELS.md ("Design rules") lists them. Fiber
 * bend radii come from the shared data table model/data/fiber.ts (ITU-T G.652 / G.657).
 */
import type { PartCategory } from '../../model/partSchema';
import type { Architecture, CarrierKind } from '../../model/schema';

/**
 * Clearance a part needs around it on a PCB, mm. Source: Eurocircuits, "Component
 * clearances" assembly guideline — 0.25 mm unless specified, 0.5 mm for connectors, 1.0 mm
 * for BGA devices. Category mapping is ours: xPUs, engines, HBM and retimers are BGA/LGA
 * packages; cages, modules, lasers and fiber interfaces are connectors.
 */
export const PCB_CLEARANCE_MM: Readonly<Record<PartCategory, number>> = {
  xpu: 1.0,
  hbm: 1.0,
  'optical-engine': 1.0,
  retimer: 1.0,
  'laser-source': 0.5,
  'fiber-interface': 0.5,
  cage: 0.5,
  'pluggable-module': 0.5,
  // Our mapping: bare dies are BGA-class devices; passives, stiffeners, lids and mechanical
  // parts take the default 0.25 mm of the same guideline.
  die: 1.0,
  passive: 0.25,
  stiffener: 0.25,
  lid: 0.25,
  mechanical: 0.25,
};

/**
 * Minimum gap between parts on packages, mm. Typical, unconfirmed: underfill fillet and
 * placement tolerance on an organic substrate (0.3 mm), die-to-die gap on an interposer
 * (0.1 mm); no published design rule found.
 */
export const PACKAGE_SPACING_MM: Readonly<Record<Exclude<CarrierKind, 'pcb'>, number>> = {
  substrate: 0.3,
  'interposer-2.5d': 0.1,
  'interposer-3d': 0.1,
};

/**
 * Edge length one lane (one TX and one RX pair) takes where it leaves an xPU, by the
 * carrier the xPU sits on, mm. Typical, unconfirmed: a package on a PCB escapes through
 * its ball field (0.5 mm: the 80 mm switch-51t2 package carries 128 lanes per edge, 0.625
 * mm each); a die on a substrate through C4 bumps (0.2 mm); on an interposer through
 * microbumps (0.05 mm). Not the routing pitch of model/data/lanePitch.ts (traces side by
 * side on one layer): an edge escapes its lanes over several layers and bump rows.
 */
export const LANE_PITCH_MM: Readonly<Record<CarrierKind, number>> = {
  pcb: 0.5,
  substrate: 0.2,
  'interposer-2.5d': 0.05,
  'interposer-3d': 0.05,
};

/**
 * Largest electrical distance between an xPU and its optical engine, mm, per architecture.
 * From DATA.md (the LPO/NPO/CPO comparison): NPO "a few cm" (read as 50 mm), CPO Type A
 * "about 10 cm or less" (100 mm), CPO Type C "millimetre level" (5 mm). CPO Type B, "short, on
 * an interposer / fan-out" (DESIGN.md), has no figure there: 30 mm is where interposer RDL
 * alone spends the 13 dB XSR+ budget at 0.4 dB/mm, 112G (model/data/channelBudget.ts,
 * channelLoss.ts: 13 / 0.4 ≈ 32 mm, rounded down). Pluggable architectures have no engine.
 */
export const OE_MAX_DISTANCE_MM: Readonly<Partial<Record<Architecture, number>>> = {
  npo: 50,
  'cpo-a': 100,
  'cpo-b': 30,
  'cpo-c': 5,
};

/** Channel margin under which a passing link is flagged, dB. Typical, unconfirmed. */
export const CHANNEL_MARGIN_WARN_DB = 1;
/** Temperature margin under which a part is flagged, K. Typical, unconfirmed. */
export const TEMP_MARGIN_WARN_C = 5;
