/**
 * `npm start`: builds the app with electron-vite and launches Electron on it. Where the
 * Electron binary is not installed (it is downloaded on first install, which needs the
 * network), says so plainly, points to the browser build and exits 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electronBinary.mjs';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const electron = findElectronBinary(projectDir);

if (!electron.found) {
  console.error(
    [
      `Lightpath Studio cannot start as a desktop app: ${electron.reason}.`,
      'The Electron binary is downloaded when the project is first installed, which needs network access.',
      'Run the same studio in your browser instead:  npm run web',
    ].join('\n'),
  );
  process.exit(1);
}

const electronVite = join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], {
  cwd: projectDir,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The build failed (see above); Lightpath Studio was not started.');
  process.exit(build.status ?? 1);
}

// ELECTRON_RUN_AS_NODE would make the binary behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// `npm start -- design.lightpath.json` opens a design; npm runs us in the project folder, so
// relative paths are resolved against the folder the user typed the command in.
const userDir = process.env.INIT_CWD ?? process.cwd();
const designs = process.argv
  .slice(2)
  .map((arg) => (arg.startsWith('-') ? arg : resolve(userDir, arg)));
const app = spawn(electron.path, [projectDir, ...designs], {
  cwd: projectDir,
  stdio: 'inherit',
  env,
});
app.on('error', (error) => {
  console.error(`Could not launch Electron at ${electron.path}: ${error.message}`);
  process.exit(1);
});
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
