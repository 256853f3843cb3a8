/**
 * Prints report HTML to PDF bytes with Chromium's print engine (webContents.printToPDF) in a
 * hidden, sandboxed window with scripts off and the network closed: the report is
 * self-contained, so nothing but its own temp file may load.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { SECURE_WEB_PREFERENCES, type WindowConstructor } from './windowManager';

/** The in-memory session report windows use; its requests are limited by `closeReportNetwork`. */
export const REPORT_PARTITION = 'lightpath-report';

/** Options of the hidden print window. */
export function reportWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, partition: REPORT_PARTITION },
  };
}

/** Lets the report session load only local files and inline data, never the network. */
export function closeReportNetwork(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const protocol = new URL(details.url).protocol;
    callback({ cancel: protocol !== 'file:' && protocol !== 'data:' });
  });
}

/** The PDF of `html`, printed on A4 unless the report's CSS sets the page size. */
export async function printHtmlToPdf(Window: WindowConstructor, html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'lightpath-report-'));
  let window: BrowserWindow | null = null;
  try {
    const htmlPath = join(folder, 'report.html');
    await writeFile(htmlPath, html, 'utf8');
    window = new Window(reportWindowOptions());
    await window.loadFile(htmlPath);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: 'A4',
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    window?.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
