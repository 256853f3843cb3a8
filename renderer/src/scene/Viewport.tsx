/**
 * The 3D viewport: carrier stack, components, selection, labels and camera, drawn on
 * demand, with the editing tools: drag with snapping (snap guides), box selection,
 * dropping parts from the palette and the connect tool's port markers. `children` are extra
 * scene overlays (traces, heat map, markers) mounted inside the canvas; they share the
 * scene's coordinates (see coords.ts) and `zScale`.
 */
import { Canvas } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { BoxSelect } from './BoxSelect';
import { CameraRig } from './CameraRig';
import { DropPlacer } from './DropPlacer';
import { PortMarkers } from './PortMarkers';
import { SnapGuides } from './SnapGuides';
import { ToolHint } from './ToolHint';
import { CarrierStack } from './CarrierStack';
import { DesignOverlays } from './DesignOverlays';
import { FiberHandles } from './fibers/FiberHandles';
import { FiberTool } from './fibers/FiberTool';
import { PointProjector } from './fibers/PointProjector';
import { CoolingBoundaries } from './cooling/CoolingBoundaries';
import { FrameReporter } from './FrameReporter';
import { GroundGrid } from './GroundGrid';
import { PartInstances } from './PartInstances';
import { PartLabels } from './PartLabels';
import { ScreenProjector } from './ScreenProjector';
import { SelectionOutline } from './SelectionOutline';
import { ViewportLegend } from './ViewportLegend';
import { useSceneModel } from './useSceneModel';

/** Props: overlays drawn in the scene, and DOM overlays over the canvas such as the heat-map legend (optional). */
export function Viewport({ children, overlays }: { children?: ReactNode; overlays?: ReactNode }) {
  const model = useSceneModel();
  return (
    <div className="viewport" data-testid="viewport">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: 40, position: [300, 300, 300], near: 0.1, far: 10_000 }}
        onPointerMissed={() => undefined}
      >
        <color attach="background" args={['#16191e']} />
        <hemisphereLight args={['#dfe7f2', '#1c1f24', 0.9]} />
        <directionalLight position={[250, 400, 180]} intensity={1.6} />
        <directionalLight position={[-200, 150, -250]} intensity={0.35} />
        <GroundGrid model={model} />
        <CarrierStack slabs={model.slabs} zScale={model.zScale} />
        <PartInstances boxes={model.boxes} zScale={model.zScale} />
        <DesignOverlays zScale={model.zScale} />
        <CoolingBoundaries model={model} />
        <SelectionOutline boxes={model.boxes} zScale={model.zScale} />
        <PartLabels boxes={model.boxes} zScale={model.zScale} />
        <PortMarkers boxes={model.boxes} zScale={model.zScale} />
        <FiberTool boxes={model.boxes} zScale={model.zScale} />
        <FiberHandles zScale={model.zScale} />
        <SnapGuides model={model} />
        <BoxSelect boxes={model.boxes} zScale={model.zScale} />
        <DropPlacer boxes={model.boxes} />
        {children}
        <CameraRig model={model} />
        <FrameReporter />
        <ScreenProjector model={model} />
        <PointProjector zScale={model.zScale} />
      </Canvas>
      <ViewportLegend boxes={model.boxes} zScale={model.zScale} />
      {overlays}
      <ToolHint />
    </div>
  );
}
