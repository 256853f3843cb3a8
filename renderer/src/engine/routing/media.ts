/**
 * The transmission media a link's segments run in and the discrete crossings between
 * them. Which one a segment uses follows from the carriers its two ends sit on; the losses
 * and delays of each come from model/data (see docs/MODELS.md, "Routing").
 */
import type { CarrierKind } from '../../model/schema';
import type { PartCategory } from '../../model/partSchema';

/** Medium of a routed segment. `vertical` is a 3D stack's through-die interconnect. */
export type Medium = 'pcb' | 'substrate' | 'interposer' | 'vertical';

/** A discrete crossing on the electrical path (a joint, via or connector). */
export type Crossing =
  'microbump' | 'c4-bump' | 'tsv' | 'package-via' | 'bga-ball' | 'host-connector' | 'hybrid-bond';

/** Medium of traces on a carrier: the interposer's RDL, the substrate's build-up, the board. */
export function mediumOfCarrier(kind: CarrierKind): Medium {
  if (kind === 'pcb') return 'pcb';
  if (kind === 'substrate') return 'substrate';
  return 'interposer';
}

/**
 * Crossings between a component and the carrier it is mounted on: a die on an interposer
 * sits on microbumps, on a substrate on C4 bumps; on a board, a cage or module meets the
 * board through the host connector and any other packaged part through its BGA balls.
 */
export function mountCrossings(carrierKind: CarrierKind, category: PartCategory): Crossing[] {
  if (carrierKind === 'interposer-2.5d' || carrierKind === 'interposer-3d') return ['microbump'];
  if (carrierKind === 'substrate') return ['c4-bump'];
  if (category === 'cage' || category === 'pluggable-module') return ['host-connector'];
  return ['bga-ball'];
}

/**
 * Crossings from a carrier down to the carrier it is mounted on: an interposer through its
 * TSVs onto C4 bumps; a substrate through its core vias onto BGA balls; a board mounted on
 * a board (a mezzanine) through a connector.
 */
export function carrierDownCrossings(childKind: CarrierKind): Crossing[] {
  if (childKind === 'interposer-2.5d' || childKind === 'interposer-3d') return ['tsv', 'c4-bump'];
  if (childKind === 'substrate') return ['package-via', 'bga-ball'];
  return ['host-connector'];
}
