/**
 * Export actions (File menu and command palette): the design-review report as HTML or PDF,
 * the metrics as JSON or CSV, the layout as glTF. Each builds its file in a worker
 * (store/exportSession.ts), then hands it to the host (save dialog in Electron, download in the
 * browser; the PDF through Electron's printToPDF or the browser's print). While one runs,
 * every export is disabled and the status bar says what is being built.
 */
import { APP_VERSION } from '../../model/appVersion';
import type { Studio } from '../../store/studio';
import type { ExportKind } from '../../worker/export/exportJob';
import type { Action, ActionContext } from '../actions/types';

const idle = ({ studio }: ActionContext) => studio.exports.state.getState().busy === null;

/** The design's file name without `.lightpath.json` (or `.json`). */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.lightpath\.json$|\.json$/i, '') || 'design';
}

async function build(
  studio: Studio,
  kind: ExportKind,
  label: string,
): Promise<{ text: string; stem: string }> {
  const { doc, fileName, revision } = studio.docs.store.getState();
  studio.view.setState({ notice: `${label}…` });
  const text = await studio.exports.run(
    {
      kind,
      doc,
      fileName,
      dateIso: new Date().toISOString().slice(0, 10),
      revision: `studio revision ${revision}`,
      studioVersion: APP_VERSION,
    },
    label,
  );
  return { text, stem: fileStem(fileName) };
}

function fileAction(id: string, label: string, kind: ExportKind, suffix: string): Action {
  return {
    id,
    label,
    keys: [],
    menu: 'file',
    when: idle,
    run: async ({ studio }) => {
      const { text, stem } = await build(
        studio,
        kind,
        `Building ${label.replace(/…$/, '').toLowerCase()}`,
      );
      const saved = await studio.host.exportFile(`${stem}${suffix}`, text);
      studio.view.setState({ notice: saved ? `Exported ${saved.name}` : 'Export cancelled' });
    },
  };
}

/** The export actions, in menu order. */
export const EXPORT_ACTIONS: readonly Action[] = [
  fileAction('report.exportHtml', 'Export report (HTML)…', 'report', '-report.html'),
  {
    id: 'report.exportPdf',
    label: 'Export report (PDF)…',
    keys: [],
    menu: 'file',
    when: idle,
    run: async ({ studio }) => {
      const { text, stem } = await build(studio, 'report', 'Building report (PDF)');
      const saved = await studio.host.printReportPdf(`${stem}-report.pdf`, text);
      studio.view.setState({ notice: saved ? `Exported ${saved.name}` : 'Export cancelled' });
    },
  },
  fileAction('export.metricsJson', 'Export metrics (JSON)…', 'metricsJson', '-metrics.json'),
  fileAction('export.metricsCsv', 'Export link table (CSV)…', 'metricsCsv', '-links.csv'),
  fileAction('export.gltf', 'Export 3D layout (glTF)…', 'gltf', '.gltf'),
];
