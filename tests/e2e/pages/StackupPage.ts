/**
 * Page object of the Stack-up panel (renderer/src/ui/stackup): the layer table, the region
 * sub-table, the cross-section SVG and the add-carrier dialog.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class StackupPage {
  readonly panel: Locator;
  readonly section: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('stackup-panel');
    this.section = page.getByTestId('cross-section');
    this.dialog = page.getByTestId('add-carrier-dialog');
  }

  /** Opens a top-level menu and clicks the item of action `id`. */
  async menu(title: string, id: string): Promise<void> {
    await this.page.getByRole('button', { name: title, exact: true }).click();
    await this.page.locator(`[data-action="${id}"]`).click();
  }

  /** Edit → Add carrier…, filled in and confirmed. */
  async addCarrier(kind: string, widthMm: string, depthMm: string, parent: string): Promise<void> {
    await this.menu('Edit', 'carrier.add');
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('Carrier kind').selectOption(kind);
    await this.dialog.getByLabel('Carrier width').fill(widthMm);
    await this.dialog.getByLabel('Carrier depth').fill(depthMm);
    await this.dialog.getByLabel('Parent carrier').selectOption(parent);
    await this.dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The table row of layer `index` (0 = bottom). */
  layerRow(index: number): Locator {
    return this.panel.locator(`tr[data-layer="${index}"]`);
  }

  /** Types `text` into a labelled field of the panel and commits it with Enter. */
  async commit(label: string, text: string): Promise<void> {
    const field = this.panel.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.press('Enter');
  }

  /** Thickness (mm) attributes of the cross-section bands, bottom first. */
  async bandThicknesses(): Promise<number[]> {
    return this.section
      .locator('rect[data-layer]')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-thickness-mm'))));
  }

  /** Pixel heights of the cross-section bands, bottom first. */
  async bandHeights(): Promise<number[]> {
    return this.section
      .locator('rect[data-layer]')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
  }
}
