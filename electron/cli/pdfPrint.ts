/**
 * Prints report HTML to PDF with a system Chromium driven by playwright-core (a runtime
 * dependency of the package). The module is imported at run time with a computed specifier, so the
 * CLI bundle neither contains playwright nor needs it unless --pdf is asked for.
 */
import { writeFile } from 'node:fs/promises';
import { CHROMIUM_QUIET_ARGS as CHROMIUM_ARGS } from './chromiumArgs';

interface PlaywrightLike {
  chromium: {
    launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<{
      newPage(): Promise<{
        route(
          url: string,
          handler: (route: { abort(): Promise<void> }) => Promise<void>,
        ): Promise<void>;
        setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
        pdf(options: {
          printBackground: boolean;
          preferCSSPageSize: boolean;
          format: string;
          outline: boolean;
        }): Promise<Uint8Array>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

/** Thrown when playwright-core cannot be loaded (e.g. an install without dev dependencies). */
export class PdfPrinterMissingError extends Error {
  override readonly name = 'PdfPrinterMissingError';
}

async function loadPlaywright(): Promise<PlaywrightLike> {
  const name = ['playwright', 'core'].join('-');
  try {
    return (await import(/* @vite-ignore */ name)) as PlaywrightLike;
  } catch (cause) {
    throw new PdfPrinterMissingError(
      `--pdf needs the playwright-core package to drive Chromium, and it could not be loaded (${cause instanceof Error ? cause.message : String(cause)}); install the dev dependencies (npm ci) or export the PDF from the studio. The HTML report was written.`,
    );
  }
}

/**
 * Prints `html` to `pdfPath` (A4, page size and margins from the report's @page rule, with
 * backgrounds, and a bookmark outline from the headings). Every network request is refused: the report is self-contained.
 * Resolves to the PDF size in bytes.
 */
export async function printHtmlToPdf(
  html: string,
  pdfPath: string,
  chromiumPath: string,
): Promise<number> {
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      format: 'A4',
      outline: true,
    });
    await writeFile(pdfPath, pdf);
    return pdf.byteLength;
  } finally {
    await browser.close();
  }
}
