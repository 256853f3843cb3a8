/**
 * A faint 10 mm reference grid just under the design, for scale and depth cues.
 */
import { useMemo } from 'react';
import { toScene } from './coords';
import type { SceneModel } from './useSceneModel';

/** Grid pitch, mm. */
export const GRID_PITCH_MM = 10;

/** Props: the scene model whose bounds the grid spans (with a margin). */
export function GroundGrid({ model }: { model: SceneModel }) {
  const [x0, y0, z0, x1, y1] = model.bounds;
  const grid = useMemo(() => {
    const extent = Math.max(x1 - x0, y1 - y0) * 1.5;
    const size = Math.max(
      GRID_PITCH_MM * 4,
      Math.ceil(extent / (GRID_PITCH_MM * 2)) * GRID_PITCH_MM * 2,
    );
    // Snap the centre to the pitch so grid lines fall on round millimetres.
    const snap = (v: number) => Math.round(v / GRID_PITCH_MM) * GRID_PITCH_MM;
    return {
      size,
      divisions: size / GRID_PITCH_MM,
      cx: snap((x0 + x1) / 2),
      cy: snap((y0 + y1) / 2),
    };
  }, [x0, y0, x1, y1]);
  return (
    <gridHelper
      args={[grid.size, grid.divisions, '#2c333d', '#1f242b']}
      position={
        toScene(grid.cx, grid.cy, z0, model.zScale).map((v, i) => (i === 1 ? v - 0.05 : v)) as [
          number,
          number,
          number,
        ]
      }
      raycast={() => null}
    />
  );
}
