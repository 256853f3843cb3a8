/**
 * Page object of the studio's main screen: drives it through the UI and reads its state
 * through `window.__lightpathTest` (renderer/src/ui/testApi.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type {} from '../../../renderer/src/ui/testApi';

/** Minimal view of the document the tests read back. */
export interface DocView {
  meta: { name: string; architecture: string };
  components: {
    id: string;
    name: string;
    positionMm: { x: number; y: number };
    rotationDeg: number;
  }[];
}

export class StudioPage {
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly outline: Locator;
  readonly errorDialog: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('[data-testid="viewport"] canvas');
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.outline = page.getByRole('region', { name: 'Outline' });
    this.errorDialog = page.getByTestId('error-dialog');
  }

  /** Opens the studio and waits for the first drawn frame. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.page.waitForFunction(() => window.__lightpathTest !== undefined);
    await this.waitForFrame();
  }

  /** Waits until the canvas has drawn a frame for the current (or given) revision. */
  async waitForFrame(revision?: number): Promise<void> {
    if (revision !== undefined) {
      await expect(this.canvas).toHaveAttribute('data-revision', String(revision));
      return;
    }
    // The revision may still move (the start-up design loads asynchronously): compare live.
    await expect
      .poll(
        async () =>
          (await this.canvas.getAttribute('data-revision')) === String(await this.revision()),
      )
      .toBe(true);
  }

  /** Runs an action that moves the camera and waits until a later frame is drawn. */
  async cameraAction(id: string): Promise<void> {
    const frame = Number((await this.canvas.getAttribute('data-frame')) ?? 0);
    expect(await this.runAction(id)).toBe(true);
    await expect
      .poll(async () => Number((await this.canvas.getAttribute('data-frame')) ?? 0))
      .toBeGreaterThan(frame);
  }

  revision(): Promise<number> {
    return this.page.evaluate(() => window.__lightpathTest!.getRevision());
  }

  document(): Promise<DocView> {
    return this.page.evaluate(() => window.__lightpathTest!.getDocument() as unknown as DocView);
  }

  serialized(): Promise<string> {
    return this.page.evaluate(() => window.__lightpathTest!.getSerialized());
  }

  selection(): Promise<readonly string[]> {
    return this.page.evaluate(() => window.__lightpathTest!.getSelection());
  }

  async openText(name: string, text: string): Promise<boolean> {
    const ok = await this.page.evaluate(([n, t]) => window.__lightpathTest!.openText(n, t).ok, [
      name,
      text,
    ] as const);
    if (ok) await this.waitForFrame();
    return ok;
  }

  /**
   * Edit → Apply commands… with a command list given as text, through the browser adapter's
   * file input (the spec must delete `showOpenFilePicker` in an init script first).
   */
  async applyCommands(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await this.page.getByRole('menuitem', { name: /Apply commands…/ }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  runAction(id: string): Promise<boolean> {
    return this.page.evaluate((a) => window.__lightpathTest!.runAction(a), id);
  }

  templates(): Promise<string[]> {
    return this.page.evaluate(() => window.__lightpathTest!.listTemplates());
  }

  /** Number of distinct colours (quantised to 5 bits per channel) in the viewport canvas. */
  distinctCanvasColours(): Promise<number> {
    return this.canvas.evaluate((el: HTMLCanvasElement) => {
      const copy = document.createElement('canvas');
      copy.width = el.width;
      copy.height = el.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        seen.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
      }
      return seen.size;
    });
  }

  /** Clicks a component where the viewport draws it. */
  async clickComponentInViewport(id: string): Promise<void> {
    const point = await this.page.evaluate((c) => window.__lightpathTest!.screenPointOf(c), id);
    if (!point) throw new Error(`component ${id} is not on screen`);
    await this.page.mouse.click(point.x, point.y);
  }

  outlineRow(id: string): Locator {
    return this.outline.locator(`[data-id="${id}"]`);
  }

  field(name: 'x' | 'y' | 'rotation' | 'name'): Locator {
    return this.page.getByTestId(`inspector-${name}`);
  }

  /** Types a value into an inspector field and commits it with Enter. */
  async setField(name: 'x' | 'y' | 'rotation' | 'name', value: string): Promise<void> {
    const input = this.field(name);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Moves keyboard focus out of any field so shortcuts reach the studio. */
  async blurFields(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
}
