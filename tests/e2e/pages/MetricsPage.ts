/**
 * Page object of the metrics panel and the analysis behind it: reads the panel's DOM and
 * the analysis hooks of `window.__lightpathTest` (ui/metrics/analysisTestApi.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type {} from '../../../renderer/src/ui/testApi';
import type {} from '../../../renderer/src/ui/metrics/analysisTestApi';

/** What the tests read of the analysis state. */
export interface AnalysisView {
  resultRevision: number | null;
  requestedRevision: number | null;
  progress: number | null;
  restarts: number;
  resultsReceived: number;
  error: string | null;
  summary: { totalPowerW: number; maxElectricalLengthMm: number | null; linkCount: number } | null;
  thermal: { maxC: number; tightestOptical: { id: string; maxC: number } | null } | null;
  thermalRevision: number | null;
}

export class MetricsPage {
  readonly panel: Locator;
  readonly stale: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('metrics-panel');
    this.stale = page.getByTestId('metrics-stale');
    this.rows = page.locator('[data-testid="metrics-links"] tbody tr');
  }

  analysis(): Promise<AnalysisView> {
    return this.page.evaluate(() => window.__lightpathTest!.getAnalysis!() as AnalysisView);
  }

  /** Waits until the panel shows a fresh result for document revision `revision`. */
  async waitForResult(revision: number): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-result-revision', String(revision));
    await expect(this.panel).toHaveAttribute('data-stale', 'false');
  }

  /** Selects components or links through the studio's test API. */
  async select(ids: string[]): Promise<void> {
    await this.page.evaluate((i) => window.__lightpathTest!.select(i), ids);
  }

  /**
   * Waits until the worker is idle with every part of revision `revision` in (thermal too).
   * The live thermal solve of an example runs on the normal mesh (1–2.5 s of CPU in Node,
   * several times that in a loaded test machine's browser), hence the long timeout.
   */
  async waitForComplete(revision: number): Promise<void> {
    await expect
      .poll(
        async () => {
          const a = await this.analysis();
          return [a.resultRevision, a.thermalRevision, a.progress];
        },
        { timeout: 60_000 },
      )
      .toEqual([revision, revision, null]);
  }

  /** Text of a system total (label as shown in the panel). */
  total(label: string): Locator {
    return this.page.getByTestId(`total-${label}`);
  }

  /** The cells of a link's row: [id, length, loss, budget, margin, latency, power]. */
  async linkRow(linkId: string): Promise<string[]> {
    return this.page
      .locator(`[data-testid="metrics-links"] tr[data-link="${linkId}"] td`)
      .allTextContents();
  }

  /** Sorts the link table by a column header. */
  async sortBy(label: string): Promise<void> {
    await this.page
      .locator('[data-testid="metrics-links"] thead button', { hasText: label })
      .click();
  }
}
