/**
 * Renderer entry: picks the host adapter (Electron preload when `window.lightpath` exists,
 * else the browser adapter), creates the studio session and mounts <App/>.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBrowserHost } from './host/browserHost';
import { electronHost } from './host/electronHost';
import { createStudio } from './store/studio';
import { installTestApi } from './ui/testApi';

/** The design shown on start: the CPO Type A example (an empty board if it is missing). */
const START_TEMPLATE = 'cpo-a';

const host = electronHost() ?? createBrowserHost();
const studio = createStudio(host);
installTestApi(studio);
// Loaded before the first render, so a recovery offer can never be overtaken by it.
await studio.newFromTemplate(START_TEMPLATE);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);
