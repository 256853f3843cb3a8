/**
 * Finds a Chromium for printing reports, without downloading anything: the path in
 * LIGHTPATH_CHROMIUM, else the first of the usual system paths that exists.
 */
import { existsSync } from 'node:fs';

/** System paths tried in order when LIGHTPATH_CHROMIUM is not set. */
export const CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** What the search found: a path, or why there is none. */
export type ChromiumLookup =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** How to get a browser, printed when none is found. */
export const NO_CHROMIUM_HELP =
  'no Chromium found for --pdf: set LIGHTPATH_CHROMIUM to a Chromium or Chrome executable, or install one (Debian/Ubuntu: `apt-get install chromium`); ' +
  `looked in ${CHROMIUM_PATHS.join(', ')}. The HTML report was written; open it in a browser and print to PDF, or export the PDF from the studio (Electron).`;

/** Looks up the Chromium to print with; `env` and `exists` are injectable for tests. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): ChromiumLookup {
  const fromEnv = env.LIGHTPATH_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== '') {
    return exists(fromEnv)
      ? { ok: true, path: fromEnv }
      : {
          ok: false,
          message: `LIGHTPATH_CHROMIUM is ${fromEnv}, which does not exist. ${NO_CHROMIUM_HELP}`,
        };
  }
  const found = CHROMIUM_PATHS.find((p) => exists(p));
  return found ? { ok: true, path: found } : { ok: false, message: NO_CHROMIUM_HELP };
}
