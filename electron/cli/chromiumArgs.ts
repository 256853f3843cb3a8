/**
 * Command-line flags for Debian's Chromium on these machines (ENGINEERING.md), shared by the
 * report printer, the Playwright config and the shell tests.
 */

/** Headless without network side traffic (sync, component updates, QUIC). */
export const CHROMIUM_QUIET_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** As above, plus WebGL through SwiftShader for headless 3D. */
export const CHROMIUM_WEBGL_ARGS: readonly string[] = [
  ...CHROMIUM_QUIET_ARGS,
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
