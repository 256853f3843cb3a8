/**
 * File plumbing of the browser host that needs a document: a hidden file input for
 * browsers without the File System Access API, downloads, and printing HTML.
 */

/** Lets the user pick one file through a hidden <input type=file>; null when cancelled. */
export function pickFileWithInput(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    doc.body.append(input);
    input.click();
  });
}

/** Offers data to the user as a download named `fileName`. */
export function downloadFile(doc: Document, fileName: string, data: string | Uint8Array): void {
  const type = typeof data === 'string' ? 'application/json' : 'application/octet-stream';
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only needed for that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Re-applies the inline styles a CSP without 'unsafe-inline' blocked in `frame`: each
 * `<style>` element becomes a constructed stylesheet and each `style` attribute is set through
 * the CSSOM, neither of which style-src governs. The report's markup keeps its own styles.
 */
export function adoptBlockedInlineStyles(frame: HTMLIFrameElement): void {
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const frameDoc = frame.contentDocument;
  if (!win || !frameDoc) return;
  const sheets = [...frameDoc.querySelectorAll('style')].map((element) => {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(element.textContent ?? '');
    return sheet;
  });
  frameDoc.adoptedStyleSheets = [...frameDoc.adoptedStyleSheets, ...sheets];
  for (const element of frameDoc.querySelectorAll<HTMLElement>('[style]')) {
    element.style.cssText = element.getAttribute('style') ?? '';
  }
}

/**
 * Prints report HTML from a hidden iframe through the browser's print dialog (where the
 * user picks "Save as PDF"). The frame inherits the studio's CSP, which blocks the report's
 * inline styles, so they are adopted through the CSSOM before printing.
 */
export function printHtml(doc: Document, html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = doc.createElement('iframe');
    frame.hidden = true;
    frame.srcdoc = html;
    frame.addEventListener('load', () => {
      adoptBlockedInlineStyles(frame);
      frame.contentWindow?.print();
      frame.remove();
      resolve();
    });
    doc.body.append(frame);
  });
}
