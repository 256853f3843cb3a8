/**
 * The carrier stack: one slab per layer with its real thickness (times the vertical
 * exaggeration), drawn with instancing (a unit box scaled per layer, coloured by material)
 * so a design with a hundred layers costs three draw calls, not a hundred. The bottom layer
 * of each carrier is solid and the layers above it translucent, so the build-up reads at a
 * glance; the Layers panel makes a carrier translucent (TRANSLUCENT_OPACITY) or hides it
 * (not drawn, not pickable). Clicking a slab clears the selection; moving over it reports
 * the cursor position in mm. Picking maps the instance back to the carrier
 * (`userData.carrierIds[instanceId]`).
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { fromScene, toScene } from './coords';
import type { LayerSlab } from './layout';
import { materialColor } from './palette';
import { regionBoxes } from './regionBoxes';
import { RegionBoxes } from './RegionBoxes';
import { hitsFiberRoute } from './fibers/routeHit';
import type { LayerVisibility } from '../store/viewStore';
import { useDocState, useStudio, useViewState } from '../ui/studioContext';

/** Opacity of a carrier made translucent in the Layers panel. */
export const TRANSLUCENT_OPACITY = 0.25;

/** Opacity of the upper layers of a shown carrier. */
export const UPPER_LAYER_OPACITY = 0.8;

type Pass = 'solid' | 'upper' | 'translucent';

const OPACITY: Record<Pass, number> = {
  solid: 1,
  upper: UPPER_LAYER_OPACITY,
  translucent: TRANSLUCENT_OPACITY,
};

/** The draw pass of a slab, or null when its carrier is hidden. */
export function slabPass(slab: LayerSlab, mode: LayerVisibility): Pass | null {
  if (mode === 'hidden') return null;
  if (mode === 'translucent') return 'translucent';
  return slab.levelFromBottom === 0 ? 'solid' : 'upper';
}

/** Props: the slabs to draw and the vertical exaggeration. */
export function CarrierStack({ slabs, zScale }: { slabs: LayerSlab[]; zScale: number }) {
  const studio = useStudio();
  const visibility = useViewState((s) => s.layerVisibility);
  const passes = useMemo(() => {
    const byPass: Record<Pass, LayerSlab[]> = { solid: [], upper: [], translucent: [] };
    for (const slab of slabs) {
      const pass = slabPass(slab, visibility[slab.carrierId] ?? 'shown');
      if (pass) byPass[pass].push(slab);
    }
    return byPass;
  }, [slabs, visibility]);
  const carriers = useDocState((s) => s.doc.carriers);
  const regions = useMemo(
    () => regionBoxes(carriers, [...passes.solid, ...passes.upper, ...passes.translucent]),
    [carriers, passes],
  );

  function onMove(e: ThreeEvent<PointerEvent>) {
    studio.view.setState({ cursorMm: fromScene(e.point) });
  }
  function onClick(e: ThreeEvent<MouseEvent>) {
    if (e.delta > 4 || hitsFiberRoute(e)) return;
    e.stopPropagation();
    studio.select([]);
  }
  return (
    <group
      onPointerMove={onMove}
      onPointerOut={() => studio.view.setState({ cursorMm: null })}
      onClick={onClick}
    >
      {(Object.keys(passes) as Pass[]).map((pass) =>
        passes[pass].length ? (
          <SlabInstances key={pass} slabs={passes[pass]} zScale={zScale} opacity={OPACITY[pass]} />
        ) : null,
      )}
      {regions.length > 0 && <RegionBoxes boxes={regions} zScale={zScale} />}
    </group>
  );
}

function SlabInstances(props: { slabs: LayerSlab[]; zScale: number; opacity: number }) {
  const { slabs, zScale, opacity } = props;
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const p = new Vector3();
    const s = new Vector3();
    const c = new Color();
    slabs.forEach((slab, i) => {
      p.set(...toScene(slab.x, slab.y, slab.z + slab.sizeZ / 2, zScale));
      s.set(slab.sizeX, slab.sizeZ * zScale, slab.sizeY);
      mesh.setMatrixAt(i, m.compose(p, q, s));
      mesh.setColorAt(i, c.set(materialColor(slab.material)));
    });
    mesh.count = slabs.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
    mesh.computeBoundingBox();
  }, [slabs, zScale]);
  const isOpaque = opacity >= 1;
  return (
    <instancedMesh
      ref={ref}
      args={[undefined, undefined, slabs.length]}
      userData={{ carrierIds: slabs.map((s) => s.carrierId) }}
    >
      <boxGeometry args={[1, 1, 1]} />
      <meshStandardMaterial
        roughness={0.85}
        metalness={0.05}
        transparent={!isOpaque}
        opacity={opacity}
        depthWrite={isOpaque}
      />
    </instancedMesh>
  );
}
