import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { printHtmlToPdf } from '../../../electron/main/modules/printToPdf';
import type { WindowConstructor } from '../../../electron/main/modules/windowManager';

/** A print window that reads the file it is given and "prints" it, or fails on purpose. */
function fakePrintWindow(failWith?: Error) {
  const seen = {
    options: [] as BrowserWindowConstructorOptions[],
    files: [] as string[],
    html: '',
    destroyed: 0,
    printOptions: {} as object,
  };
  class FakeWindow {
    readonly webContents = {
      printToPDF: async (options: object) => {
        seen.printOptions = options;
        if (failWith) throw failWith;
        return Buffer.from(`%PDF-1.7\n${seen.html.length}`);
      },
    };
    constructor(options: BrowserWindowConstructorOptions) {
      seen.options.push(options);
    }
    async loadFile(filePath: string): Promise<void> {
      seen.files.push(filePath);
      seen.html = readFileSync(filePath, 'utf8');
    }
    destroy(): void {
      seen.destroyed += 1;
    }
  }
  return { Window: FakeWindow as unknown as WindowConstructor, seen };
}

describe('printHtmlToPdf', () => {
  it('prints the HTML from a temp file in a hidden window, then removes both', async () => {
    const { Window, seen } = fakePrintWindow();
    const html = '<!doctype html><h1>Design review: CPO Type A</h1>';
    const pdf = await printHtmlToPdf(Window, html);
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF-1.7\n${html.length}`);
    expect(seen.html).toBe(html);
    expect(seen.options[0]).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true },
    });
    expect(seen.printOptions).toMatchObject({ printBackground: true, preferCSSPageSize: true });
    expect(seen.destroyed).toBe(1);
    expect(existsSync(seen.files[0]!)).toBe(false);
  });

  it('still closes the window and removes the temp file when printing fails', async () => {
    const { Window, seen } = fakePrintWindow(new Error('print failed'));
    await expect(printHtmlToPdf(Window, '<p>x</p>')).rejects.toThrow('print failed');
    expect(seen.destroyed).toBe(1);
    expect(existsSync(seen.files[0]!)).toBe(false);
  });
});
