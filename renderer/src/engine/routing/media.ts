/**
 * The transmission media a link's segments run in and the discrete crossings between
 * them. Which one a segment uses follows from the carriers its two ends sit on; the losses
 * and delays of each come from model/data (see docs/MODELS.md, "Routing").
 */
import type { Carrier, CarrierKind } from '../../model/schema';
import type { Part } from '../../model/partSchema';
import type { ChannelMedium, CrossingKind } from '../../model/data/channelLoss';

/** Medium of a routed segment (model/data/channelLoss). */
export type Medium = ChannelMedium;

/** A discrete crossing on the electrical path (model/data/channelLoss). */
export type Crossing = CrossingKind;

/**
 * Medium of traces on a carrier: the board laminate, the substrate's build-up, and on an
 * interposer its RDL: silicon-interposer RDL when a layer is silicon (CoWoS-class), else
 * wafer-level fan-out RDL in polymer (CPO Type B's organic / fan-out interposers).
 */
export function mediumOfCarrier(carrier: Carrier): Medium {
  if (carrier.kind === 'pcb') return 'pcb';
  if (carrier.kind === 'substrate') return 'substrate';
  const isSilicon = carrier.layers.some((l) => l.material.toLowerCase().includes('silicon'));
  return isSilicon ? 'interposer' : 'fanout-rdl';
}

/**
 * Crossings between a component and the carrier it is mounted on: a die on an interposer
 * sits on microbumps, on a substrate on C4 bumps; on a board, a cage or module meets the
 * board through the host connector and the module's edge connector, a socketed part or an
 * optical engine (NPO) through its socket, and any other packaged part through its BGA balls.
 */
export function mountCrossings(carrierKind: CarrierKind, part: Part): Crossing[] {
  if (carrierKind === 'interposer-2.5d' || carrierKind === 'interposer-3d') return ['microbump'];
  if (carrierKind === 'substrate') return ['c4-bump'];
  if (part.category === 'cage' || part.category === 'pluggable-module') {
    return ['host-connector', 'module-edge-connector'];
  }
  // An optical engine placed on the board is a near-packaged (NPO) engine: separately
  // packaged and replaceable, so it sits in a socket (DESIGN.md; CROSSING_LOSS_DB.socket).
  if (part.fruClass === 'socketed' || part.category === 'optical-engine') return ['socket'];
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
