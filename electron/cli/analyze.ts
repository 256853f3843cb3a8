/**
 * `lightpath analyze <file> [--json] [--strict]`: the electrical analysis of a design
 * (routing, channel loss against budget, power and energy per bit, latency; docs/MODELS.md).
 * Prints a table, or with --json one JSON object (shape in docs/CLI.md). Exit 0; 1 with
 * --strict when any link fails its budget or has no route; 2 for invalid input.
 */
import { analyzeElectrical, type ElectricalResult } from '../../renderer/src/engine/analyze';
import { checkRules } from '../../renderer/src/engine/rules/checkRules';
import { analyzeServiceability } from '../../renderer/src/engine/service/analyzeServiceability';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import { EXIT, type CliCommand } from './command';
import { analysisJson, analysisTable } from './analyzeOutput';
import { printDocumentErrors, readDesign } from './readDesign';
import { findingsJson, serviceabilityJson } from './serviceJson';

const OPTIONS = new Set(['--json', '--strict']);

/** True when a strict run must fail: a budget failure or a link without a route. */
export function failsStrict(result: ElectricalResult): boolean {
  return result.findings.some((f) => f.severity === 'error');
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'route links and compute channel loss, margin, power, pJ/bit and latency',
  usage: 'lightpath analyze <file.lightpath.json> [--json] [--strict]',
  async run(args, io) {
    const files = args.filter((a) => !a.startsWith('-'));
    const unknown = args.find((a) => a.startsWith('-') && !OPTIONS.has(a));
    if (files.length !== 1 || unknown !== undefined) {
      io.stderr(`${unknown ? `unknown option ${unknown}\n` : ''}usage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    const file = files[0] as string;
    const loaded = await readDesign(file, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return EXIT.invalid;
    }
    const library = defaultPartLibrary();
    const result = analyzeElectrical(loaded.doc, library);
    if (args.includes('--json')) {
      const json = {
        ...analysisJson(file, loaded.doc, result),
        serviceability: serviceabilityJson(analyzeServiceability(loaded.doc, library)),
        findings: findingsJson(checkRules(loaded.doc, library, { electrical: result })),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else io.stdout(analysisTable(file, loaded.doc, result));
    return args.includes('--strict') && failsStrict(result) ? EXIT.failed : EXIT.ok;
  },
};
