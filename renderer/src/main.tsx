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

const host = electronHost() ?? createBrowserHost();
const studio = createStudio(host);
installTestApi(studio);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);
