import type { ThermalMesh, ThermalProblem } from './types';

/** The cell faces one sink covers and their conductances to its coolant. */
export interface SinkFaces {
  id: string;
  face: 'top' | 'bottom';
  coolantC: number;
  /** Level (compact) indices of the cells whose `face` touches the sink. */
  cells: Int32Array;
  /** Conductance from each cell centre to the coolant, W/K. */
  conductanceWK: Float64Array;
  /** Covered area, mm². */
  areaMm2: number;
}

/**
 * Faces under each sink: the exposed top (or bottom) faces of the cells of the listed
 * boxes, i.e. where the neighbour above (below) is empty or outside the mesh. The sink's
 * resistance R is spread as an equal conductance per area, G_i = A_i / (R·A_total), or its
 * coefficient h gives G_i = h·A_i; either in series with the half-cell conduction (d/2)/(k·A). A face already taken by an earlier
 * sink stays with it; `taken` (two flags per mesh cell: bottom, top) records the faces
 * claimed so the convection pass skips them. `levelIndex` maps a mesh cell to the
 * solver's compact index.
 */
export function findSinkFaces(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  levelIndex: (fullIndex: number) => number,
  taken: Uint8Array,
): SinkFaces[] {
  const { nx, ny, nz, xMm, yMm, zMm, owner } = mesh;
  return problem.sinks.map((sink) => {
    const wanted = new Set(sink.boxIndices);
    const top = sink.face === 'top';
    const cells: number[] = [];
    const areas: number[] = [];
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const base = (j * nx + i) * nz;
        for (let k = 0; k < nz; k++) {
          const c = base + k;
          if (!wanted.has(owner[c]!) || taken[2 * c + (top ? 1 : 0)]) continue;
          const exposed = top ? k === nz - 1 || owner[c + 1]! < 0 : k === 0 || owner[c - 1]! < 0;
          if (!exposed) continue;
          taken[2 * c + (top ? 1 : 0)] = 1;
          cells.push(c);
          areas.push((xMm[i + 1]! - xMm[i]!) * (yMm[j + 1]! - yMm[j]!));
        }
      }
    }
    const areaMm2 = areas.reduce((a, b) => a + b, 0);
    const conductanceWK = new Float64Array(cells.length);
    cells.forEach((c, f) => {
      const k = c % nz;
      const kz = problem.boxes[owner[c]!]!.kWmK.z;
      const half = (zMm[k + 1]! - zMm[k]!) / 2;
      const area = areas[f]!;
      // R·A_total/A in K/W, or 1/(h·A) with A in mm² → m²: 1e6/(h·A); half-cell
      // (d/2)/(k·A) with mm → m: 1e3·d/(k·A).
      const toCoolant =
        sink.resistanceKPerW !== undefined
          ? (sink.resistanceKPerW * areaMm2) / area
          : 1e6 / ((sink.htcWm2K ?? 0) * area);
      conductanceWK[f] = 1 / (toCoolant + (1e3 * half) / (kz * area));
    });
    return {
      id: sink.id,
      face: sink.face,
      coolantC: sink.coolantC,
      cells: Int32Array.from(cells, levelIndex),
      conductanceWK,
      areaMm2,
    };
  });
}
