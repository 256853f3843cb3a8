/**
 * What the export worker is asked to build and what it answers: plain, cloneable data.
 * `buildExport` is the pure work itself, run in the worker (export.worker.ts) so a report's
 * analyses (electrical, thermal, serviceability, rules) never block the studio.
 */
import { defaultPartLibrary } from '../../model/partLibrary';
import type { Design } from '../../model/schema';
import { analyzeForReport } from '../../report/analyzeForReport';
import { buildReport } from '../../report/buildReport';
import { layoutGltf } from '../../report/exports/gltf';
import { metricsCsv } from '../../report/exports/metricsCsv';
import { metricsJsonText } from '../../report/exports/metricsJson';

/** The kinds of export. */
export type ExportKind = 'report' | 'metricsJson' | 'metricsCsv' | 'gltf';

/** A request to the export worker. */
export interface ExportRequest {
  readonly kind: ExportKind;
  readonly doc: Design;
  readonly fileName: string;
  /** Date printed on the report, ISO 8601. */
  readonly dateIso: string;
  readonly revision: string;
  readonly studioVersion: string;
}

/** The worker's answer: the file's text, or why it failed. */
export type ExportReply =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Builds the text of one export (pure apart from the bundled part library). */
export function buildExport(req: ExportRequest): string {
  const library = defaultPartLibrary();
  if (req.kind === 'gltf')
    return `${JSON.stringify(layoutGltf(req.doc, library, `Lightpath Studio ${req.studioVersion}`))}\n`;
  const analyses = analyzeForReport(req.doc, library, {
    thermalPreset: req.kind === 'metricsCsv' ? 'none' : 'normal',
  });
  if (req.kind === 'metricsCsv') return metricsCsv(analyses.electrical);
  if (req.kind === 'metricsJson') return metricsJsonText(req.fileName, req.doc, analyses);
  return buildReport({
    doc: req.doc,
    library,
    analyses,
    dateIso: req.dateIso,
    revision: req.revision,
    studioVersion: req.studioVersion,
    sourceName: req.fileName,
  });
}
