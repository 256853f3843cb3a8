/**
 * The studio window: menu bar and toolbar on top, outline on the left, the 3D viewport in
 * the middle, inspector and metrics on the right, status bar at the bottom.
 */
import { ReviewScene } from './scene/comments/ReviewScene';
import { Traces } from './scene/traces/Traces';
import { Viewport } from './scene/Viewport';
import type { Studio } from './store/studio';
import { useShortcuts } from './ui/actions/useShortcuts';
import { Dialogs } from './ui/dialogs/Dialogs';
import { DocumentTitle } from './ui/DocumentTitle';
import { Inspector } from './ui/inspector/Inspector';
import { AnalysisProvider } from './ui/metrics/AnalysisContext';
import { MetricsPanel } from './ui/metrics/MetricsPanel';
import { MenuBar } from './ui/MenuBar';
import { Outline } from './ui/Outline';
import { ReviewUi } from './ui/review/ReviewUi';
import { StatusBar } from './ui/StatusBar';
import { StudioContext, useViewState } from './ui/studioContext';
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
        {panels.outline && <Outline />}
        <Viewport>
          <Traces />
          <ReviewScene />
        </Viewport>
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
    </div>
  );
}
