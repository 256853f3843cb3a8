/** Package carriers of the generated designs: square carriers centred on the xPU. */
import type { Carrier } from '../schema';
import { packageSubstrateLayers } from './stacks';

/** A square carrier of half-size `halfMm` centred on `centre`. */
export function centredCarrier(
  id: string,
  name: string,
  kind: Carrier['kind'],
  centre: { x: number; y: number },
  halfMm: number,
  onCarrierId: string,
  standoffMm: number,
  layers: Carrier['layers'],
): Carrier {
  return {
    id,
    name,
    kind,
    onCarrierId,
    originMm: { x: centre.x - halfMm, y: centre.y - halfMm },
    widthMm: 2 * halfMm,
    depthMm: 2 * halfMm,
    standoffMm,
    layers,
  };
}

/** Organic package substrate on the board, on 0.5 mm BGA joints. */
export function packageSubstrate(centre: { x: number; y: number }, halfMm: number): Carrier {
  return centredCarrier(
    'pkg',
    'Organic package substrate (ABF, 10-2-10)',
    'substrate',
    centre,
    halfMm,
    'board',
    0.5,
    packageSubstrateLayers(),
  );
}
