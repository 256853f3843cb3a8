/**
 * `lightpath analyze <file> [--only electrical|thermal] [--preset coarse|normal|fine]
 * [--mesh <cells>|<size>mm] [--json] [--strict]`: the electrical analysis of a design (routing, channel loss against budget, power
 * and energy per bit, latency) and the thermal solve (engine/thermal; docs/MODELS.md), or one
 * of them with --only. Prints tables, or with --json one JSON object (shape in docs/CLI.md).
 * Exit 0; 1 with --strict when any link fails its budget or has no route or any part is over
 * its temperature limit, and 1 when the thermal solve fails; 2 for invalid input.
 */
import type { ElectricalResult } from '../../renderer/src/engine/analyze';
import { analyzeDesign } from '../../renderer/src/engine/pipeline/designJob';
import type { ThermalResult } from '../../renderer/src/engine/thermal';
import { coupledPowerTable } from './powerOutput';
import { coupledPowerJson, opticalJson } from '../../renderer/src/report/json/powerJson';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import { EXIT, type CliCommand } from './command';
import { analysisTable } from './analyzeOutput';
import {
  analysisJson,
  findingsJson,
  serviceabilityJson,
} from '../../renderer/src/report/json/analysisJson';
import { printDocumentErrors, readDesign } from './readDesign';
import { parseAnalyzeArgs } from './analyzeArgs';
import { hasOverLimit, thermalJson, thermalTable } from './thermalOutput';

/** True when a strict run must fail: a budget failure or a link without a route. */
export function failsStrict(result: ElectricalResult): boolean {
  return result.findings.some((f) => f.severity === 'error');
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary:
    'route links and compute channel loss, margin, power, pJ/bit and latency; solve temperatures',
  usage:
    'lightpath analyze <file.lightpath.json> [--only electrical|thermal] [--preset coarse|normal|fine] [--mesh <cells>|<size>mm] [--json] [--strict]',
  async run(args, io) {
    const parsed = parseAnalyzeArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`${parsed}\nusage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    const { file, only, preset, mesh, isJson, isStrict } = parsed;
    const loaded = await readDesign(file, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return EXIT.invalid;
    }
    const library = defaultPartLibrary();
    // The one staged pipeline the studio runs (engine/pipeline/designJob.ts).
    const analysis = analyzeDesign(loaded.doc, library, {
      thermal:
        only === 'electrical'
          ? null
          : {
              preset,
              ...(mesh && 'cells' in mesh ? { inPlaneCells: mesh.cells } : {}),
              ...(mesh && 'cellMm' in mesh ? { inPlaneCellMm: mesh.cellMm } : {}),
            },
    });
    if (analysis.coupled.error !== '') {
      io.stderr(`error: ${file}: ${analysis.coupled.error}\n`);
      return EXIT.failed;
    }
    const thermal: ThermalResult | undefined = analysis.coupled.thermal ?? undefined;
    if (only === 'thermal') {
      const { doc } = loaded;
      const design = {
        name: doc.meta.name,
        variant: doc.meta.variant,
        architecture: doc.meta.architecture,
      };
      if (isJson)
        io.stdout(`${JSON.stringify({ file, design, thermal: thermalJson(thermal!) }, null, 2)}\n`);
      else
        io.stdout(
          `${file}: ${doc.meta.name} (${doc.meta.architecture})\n\n${thermalTable(thermal!)}`,
        );
      return isStrict && hasOverLimit(thermal!) ? EXIT.failed : EXIT.ok;
    }
    const result = analysis.electrical;
    if (isJson) {
      const json = {
        ...analysisJson(file, loaded.doc, result),
        power: coupledPowerJson(analysis.coupled),
        optical: opticalJson(analysis.coupled),
        serviceability: serviceabilityJson(analysis.service),
        findings: findingsJson(analysis.findings),
        ...(thermal ? { thermal: thermalJson(thermal) } : {}),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.stdout(analysisTable(file, loaded.doc, result));
      io.stdout(`\n${coupledPowerTable(analysis.coupled)}`);
      if (thermal) io.stdout(`\n${thermalTable(thermal)}`);
    }
    const fails = failsStrict(result) || (thermal !== undefined && hasOverLimit(thermal));
    return isStrict && fails ? EXIT.failed : EXIT.ok;
  },
};
