/**
 * Cooling boundaries in the viewport: a translucent blue slab just above each cooled top
 * face and just below each cooled bottom face (boundaryFaces.ts), tagged with the boundary's
 * name. One box geometry and two materials are shared by every slab and disposed with the
 * layer. Not pickable: clicks go to the parts and carriers beneath.
 */
import { Html } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { BoxGeometry, MeshBasicMaterial } from 'three';
import { toScene } from '../coords';
import type { SceneModel } from '../sceneModel';
import { useDocState } from '../../ui/studioContext';
import { boundaryFaces, type BoundaryFace } from './boundaryFaces';

/** Colour of a cooling slab (a strong blue no part or layer uses). */
export const COOLING_COLOR = '#1f6fff';
/** Slab thickness and its gap to the face, scene units (drawn, not physical). */
const SLAB_THICKNESS = 0.8;
const SLAB_GAP = 0.05;

const noRaycast = () => null;

/** Props: the drawn scene model (slabs and boxes, with the explode lift) and its zScale. */
export function CoolingBoundaries({ model }: { model: SceneModel }) {
  const doc = useDocState((s) => s.doc);
  const faces = useMemo(
    () => boundaryFaces(doc, model.slabs, model.boxes),
    [doc, model.slabs, model.boxes],
  );
  const shared = useMemo(
    () => ({
      geometry: new BoxGeometry(1, 1, 1),
      material: new MeshBasicMaterial({
        color: COOLING_COLOR,
        transparent: true,
        opacity: 0.45,
        depthWrite: false,
      }),
    }),
    [],
  );
  useEffect(
    () => () => {
      shared.geometry.dispose();
      shared.material.dispose();
    },
    [shared],
  );
  const tagged = new Set<string>();
  return (
    <group name="cooling-boundaries">
      {faces.map((face, i) => {
        const isFirst = !tagged.has(face.boundaryId);
        tagged.add(face.boundaryId);
        return (
          <Slab
            key={`${face.boundaryId}-${i}`}
            face={face}
            zScale={model.zScale}
            shared={shared}
            tag={isFirst}
          />
        );
      })}
    </group>
  );
}

function Slab(props: {
  face: BoundaryFace;
  zScale: number;
  shared: { geometry: BoxGeometry; material: MeshBasicMaterial };
  tag: boolean;
}) {
  const { face, zScale, shared, tag } = props;
  const offset = (SLAB_GAP + SLAB_THICKNESS / 2) * (face.side === 'above' ? 1 : -1);
  const [x, y, z] = toScene(face.x, face.y, face.z, zScale);
  return (
    <group position={[x, y + offset, z]} rotation={[0, (face.rotationDeg * Math.PI) / 180, 0]}>
      <mesh
        geometry={shared.geometry}
        material={shared.material}
        scale={[face.width, SLAB_THICKNESS, face.depth]}
        raycast={noRaycast}
        renderOrder={2}
      />
      {tag && (
        <Html center zIndexRange={[19, 0]} className="cooling-tag" pointerEvents="none">
          {face.name}
        </Html>
      )}
    </group>
  );
}
