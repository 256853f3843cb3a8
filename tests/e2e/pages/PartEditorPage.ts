/**
 * Page object of the part editor dialog (renderer/src/ui/partEditor) and the parts
 * palette's "This design" and "Library" lists.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class PartEditorPage {
  readonly dialog: Locator;
  readonly error: Locator;
  readonly palette: Locator;
  readonly designParts: Locator;
  readonly libraryParts: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('part-editor');
    this.error = page.getByTestId('part-editor-error');
    this.palette = page.getByTestId('parts-palette');
    this.designParts = page.getByTestId('design-parts');
    this.libraryParts = page.getByTestId('library-parts');
  }

  /** Opens the editor on a blank part with the palette's "New part…" button. */
  async openNew(): Promise<void> {
    await this.palette.getByRole('button', { name: 'New part…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Opens a copy of a library part with its row's duplicate button. */
  async duplicateLibraryPart(partId: string): Promise<void> {
    const row = this.libraryParts.locator(`[data-part-id="${partId}"]`);
    await row.hover();
    await row.getByRole('button', { name: /Duplicate .* and edit/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Opens the editor on a design part with its row's edit button. */
  async editDesignPart(partId: string): Promise<void> {
    await this.designParts
      .locator(`[data-part-id="${partId}"]`)
      .getByRole('button', { name: /^Edit / })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  /** A general field by its test id suffix: id, name, powerW, tempLimitC, size-x … */
  field(name: string): Locator {
    return this.dialog.getByTestId(`part-${name}`);
  }

  async fill(name: string, value: string): Promise<void> {
    await this.field(name).fill(value);
  }

  /** Fills the general fields of a part. */
  async fillGeneral(values: {
    id: string;
    name: string;
    category: string;
    sizeMm: [number, number, number];
    powerW: number;
  }): Promise<void> {
    await this.fill('id', values.id);
    await this.fill('name', values.name);
    await this.field('category').selectOption(values.category);
    const [x, y, z] = values.sizeMm;
    await this.fill('size-x', String(x));
    await this.fill('size-y', String(y));
    await this.fill('size-z', String(z));
    await this.fill('powerW', String(values.powerW));
  }

  /** The table cell control with this accessible name (e.g. "Layer 1 material"). */
  control(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** Clicks Save ("Add to design" for a new part). */
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Add to design|Save)$/ }).click();
  }

  /** A part row of the palette's "This design" list. */
  designPart(partId: string): Locator {
    return this.designParts.locator(`[data-part-id="${partId}"]`);
  }
}
