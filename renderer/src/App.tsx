/**
 * The studio window: menu bar and toolbar on top, outline on the left, the 3D viewport in
 * the middle, inspector and metrics on the right, status bar at the bottom.
 */
import { ReviewScene } from './scene/comments/ReviewScene';
import { FindingMarkers } from './scene/findings/FindingMarkers';
import { HeatMap } from './scene/heatmap/HeatMap';
import { Traces } from './scene/traces/Traces';
import { Viewport } from './scene/Viewport';
import type { Studio } from './store/studio';
import { useShortcuts } from './ui/actions/useShortcuts';
import { AnalysisPanels } from './ui/compare/AnalysisPanels';
import { Dialogs } from './ui/dialogs/Dialogs';
import { FindingTooltip } from './ui/findings/FindingTooltip';
import { DocumentTitle } from './ui/DocumentTitle';
import { Inspector } from './ui/inspector/Inspector';
import { LayersPanel } from './ui/layers/LayersPanel';
import { AnalysisProvider } from './ui/metrics/AnalysisProvider';
import { MetricsPanel } from './ui/metrics/MetricsPanel';
import { MenuBar } from './ui/MenuBar';
import { Outline } from './ui/Outline';
import { PartEditorDialog } from './ui/partEditor/PartEditorDialog';
import { PartsPalette } from './ui/parts/PartsPalette';
import { ReviewUi } from './ui/review/ReviewUi';
import { StackupPanel } from './ui/stackup/StackupPanel';
import { StatusBar } from './ui/StatusBar';
import { StudioContext, useViewState } from './ui/studioContext';
import { ConvertDialog } from './ui/templates/ConvertDialog';
import { HeatmapLegend } from './ui/thermal/HeatmapLegend';
import { CoolingPanel } from './ui/cooling/CoolingPanel';
import { Toolbar } from './ui/Toolbar';
import { useHostBindings } from './ui/useHostBindings';
import './styles/app.css';

/** Props: the studio session to show. */
export function App({ studio }: { studio: Studio }) {
  return (
    <StudioContext.Provider value={studio}>
      <AnalysisProvider>
        <Shell studio={studio} />
      </AnalysisProvider>
    </StudioContext.Provider>
  );
}

function Shell({ studio }: { studio: Studio }) {
  useShortcuts(studio);
  useHostBindings(studio);
  const panels = useViewState((s) => s.panels);
  return (
    <div className="app">
      <header className="app__top">
        <MenuBar />
        <DocumentTitle />
        <Toolbar />
      </header>
      <main className="app__main">
        {(panels.outline || panels.parts || panels.layers) && (
          <aside className="app__left">
            {panels.outline && <Outline />}
            {panels.parts && <PartsPalette />}
            {panels.layers && <LayersPanel />}
          </aside>
        )}
        <Viewport
          overlays={
            <>
              <HeatmapLegend />
              <FindingTooltip />
              <CoolingPanel />
            </>
          }
        >
          <Traces />
          <HeatMap />
          <ReviewScene />
          <FindingMarkers />
        </Viewport>
        <StackupPanel />
        {(panels.inspector || panels.metrics) && (
          <aside className="app__right">
            {panels.inspector && <Inspector />}
            {panels.metrics && <MetricsPanel />}
          </aside>
        )}
      </main>
      <StatusBar />
      <Dialogs />
      <ReviewUi />
      <AnalysisPanels />
      <ConvertDialog />
      <PartEditorDialog />
    </div>
  );
}
