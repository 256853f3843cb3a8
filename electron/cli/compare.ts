/**
 * `lightpath compare <a> <b> [...] [--json] [--thermal coarse|normal|fine|off]`: evaluates
 * 2–6 designs as `analyze` does and prints them side by side with the best value of each
 * row marked and the differences explained (engine/compare). Exit 0; 2 for invalid input.
 */
import { compareVariants } from '../../renderer/src/engine/compare/compareVariants';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import type { Design } from '../../renderer/src/model/schema';
import { parseFlags } from './cliFlags';
import { EXIT, type CliCommand } from './command';
import { comparisonJson, comparisonTable } from './compareOutput';
import { printDocumentErrors, readDesign } from './readDesign';
import { parseThermal } from './thermalFlag';

/** Column names: the variant label, else the design name; repeated names get the file. */
export function variantNames(files: readonly string[], docs: readonly Design[]): string[] {
  const base = docs.map((d) => d.meta.variant || d.meta.name);
  return base.map((name, i) =>
    base.indexOf(name) !== base.lastIndexOf(name) ? `${name} (${files[i]})` : name,
  );
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare 2–6 designs side by side: best value per row and the differences in words',
  usage:
    'lightpath compare <a.lightpath.json> <b.lightpath.json> [...] [--json] ' +
    '[--thermal coarse|normal|fine|off]',
  async run(args, io) {
    const flags = parseFlags(args, ['--thermal'], ['--json']);
    const thermalPreset = parseThermal(flags.values.get('--thermal'));
    const problem =
      flags.error ??
      (flags.positional.length < 2 || flags.positional.length > 6
        ? `expected 2 to 6 design files, got ${flags.positional.length}`
        : thermalPreset === undefined
          ? '--thermal takes coarse, normal, fine or off'
          : null);
    if (problem !== null) {
      io.stderr(`${problem}\nusage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    const docs: Design[] = [];
    for (const file of flags.positional) {
      const loaded = await readDesign(file, io);
      if (!loaded.ok) {
        printDocumentErrors(loaded, io);
        return EXIT.invalid;
      }
      docs.push(loaded.doc);
    }
    const names = variantNames(flags.positional, docs);
    const comparison = compareVariants(
      docs.map((doc, i) => ({ name: names[i] as string, doc })),
      defaultPartLibrary(),
      { thermalPreset: thermalPreset ?? null },
    );
    if (flags.switches.has('--json'))
      io.stdout(`${JSON.stringify(comparisonJson(flags.positional, comparison), null, 2)}\n`);
    else io.stdout(comparisonTable(comparison));
    return EXIT.ok;
  },
};
