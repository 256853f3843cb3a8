/**
 * Whether the engines of checked parameters fit where their architecture puts them: at most
 * MAX_RING_ROWS rows beside each xPU edge (NPO, CPO A/B), towers that stay clear of the next
 * edge's (CPO C), and laser sources that fit the faceplate (16 columns of 4).
 */
import type { Architecture } from '../schema';
import { defaultPartLibrary } from '../partLibrary';
import { MAX_RING_ROWS, ringSpecFor, towerPositions, towers, towersFit } from './ringSpecs';
import { CAGE_LEVELS, COLUMNS } from './templateConstants';
import type { TemplateParams } from './templateParams';

/** Size of the engine the parameters name (a library engine's, or the own one's), mm. */
function engineSize(params: TemplateParams): { x: number; y: number } | undefined {
  const engine = params.opticalEngine;
  if (engine.kind === 'own') return engine.sizeMm;
  return defaultPartLibrary().get(engine.partId)?.sizeMm;
}

/** Why `engines` engines of `lanes` lanes do not fit, or undefined when they do. */
export function layoutProblem(
  params: TemplateParams,
  engines: number,
  enginesPerLaser: number,
): string | undefined {
  const oe = engineSize(params);
  if (oe === undefined) return undefined;
  const half = { x: params.xpu.sizeMm.x / 2, y: params.xpu.sizeMm.y / 2 };
  const perSide = engines / 4;
  const arch: Architecture = params.architecture;
  if (arch === 'npo' || arch === 'cpo-a' || arch === 'cpo-b') {
    const rows = ringSpecFor(arch, half, oe, perSide).rowCounts.length;
    if (rows > MAX_RING_ROWS)
      return `${perSide} engines per xPU edge need ${rows} rows; at most ${MAX_RING_ROWS} fit (use fewer, larger engines)`;
  }
  if (arch === 'cpo-c') {
    const { perEdge } = towers(perSide);
    if (!towersFit(towerPositions(perEdge, oe), half, oe))
      return `${perEdge} towers per xPU edge do not fit on a ${params.xpu.sizeMm.x} × ${params.xpu.sizeMm.y} mm package (use fewer, larger engines)`;
  }
  const lasers = Math.ceil(engines / enginesPerLaser);
  if (lasers > COLUMNS * CAGE_LEVELS)
    return `${lasers} laser sources exceed the faceplate's ${COLUMNS * CAGE_LEVELS} cages`;
  return undefined;
}
