/** Loads the bundled examples and builds their reports for the report tests. */
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { analyzeForReport } from '../../../renderer/src/report/analyzeForReport';
import type { ReportInput } from '../../../renderer/src/report/reportTypes';

/** The six architectures of the 51.2T switch. */
export const EXAMPLES = ['dsp-pluggable', 'lpo', 'npo', 'cpo-a', 'cpo-b', 'cpo-c'].map(
  (a) => `assets/examples/switch-${a}.lightpath.json`,
);

/** Loads a design file with the bundled parts; throws when it does not load. */
export function loadExample(path: string): Design {
  const result = loadDocument(path, readFileSync(path, 'utf8'), { library: defaultPartLibrary() });
  if (!result.ok) throw new Error(`${path} does not load`);
  return result.doc;
}

/** A report input for `doc` with the coarse thermal mesh (fast), fixed date and revision. */
export function reportInput(doc: Design, extra: Partial<ReportInput> = {}): ReportInput {
  const library = defaultPartLibrary();
  return {
    doc,
    library,
    analyses: analyzeForReport(doc, library, { thermalPreset: 'coarse', couplings: false }),
    dateIso: '2026-11-24',
    revision: 'test',
    studioVersion: '0.1.0',
    ...extra,
  };
}
