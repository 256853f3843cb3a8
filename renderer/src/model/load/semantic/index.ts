/**
 * Sixth stage: semantic checks of a schema-valid design. Errors refuse the document;
 * warnings are returned with it. Also used by tests to prove commands keep a design valid.
 */
import { designParts } from '../../designParts';
import type { PartLibrary } from '../../partSchema';
import type { Design } from '../../schema';
import type { DocumentIssue } from '../documentError';
import { checkDesignParts } from './designParts';
import { checkFiberBends } from './fiberBends';
import { checkGeometry } from './geometry';
import { checkParts } from './parts';
import { checkReferences } from './references';
import { Reporter } from './reporter';
import { checkStack } from './stack';

/**
 * Returns every semantic issue of `doc`: reference and id checks always, part and port
 * checks when a library is given, geometry checks (footprints need the library).
 */
export function checkDesign(
  doc: Design,
  library: PartLibrary | undefined,
  fileName = 'design',
): DocumentIssue[] {
  const report = new Reporter(fileName);
  const parts = library === undefined ? undefined : designParts(doc, library);
  checkReferences(doc, report);
  if (parts !== undefined) checkParts(doc, parts, report);
  checkGeometry(doc, parts, report);
  checkStack(doc, report);
  checkDesignParts(doc, report);
  checkFiberBends(doc, report);
  return report.issues;
}
