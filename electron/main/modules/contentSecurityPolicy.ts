/**
 * The Content-Security-Policy the main process sends with every app:// response. It matches
 * the `<meta>` policy in renderer/index.html (used by the browser build), plus directives that
 * only work as a header (`frame-ancestors`).
 *
 * - No inline or eval'd script and no remote origins (Electron security checklist, item 7
 *   "Define a Content Security Policy").
 * - `worker-src blob:` is allowed because libraries used by the scene (e.g. troika text in
 *   drei) start workers from blob URLs they build from their own, already-trusted code; a blob
 *   can only hold what script in the page wrote, so it opens no remote origin.
 * - `img-src data: blob:` lets canvas snapshots and report images display.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
