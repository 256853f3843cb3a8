/**
 * `lightpath schema`: prints the JSON Schema of the design document, generated from the
 * zod schema (the input form: members with defaults are optional). `npm run schema`
 * writes it to docs/lightpath-design.schema.json.
 */
import { z } from 'zod';
import { DesignSchema, FORMAT, FORMAT_VERSION } from '../../renderer/src/model/schema';
import { EXIT, type CliCommand } from './command';

/** The published JSON Schema object for the current format version. */
export function designJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DesignSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: `https://lightpath.studio/schema/design-v${FORMAT_VERSION}.json`,
    title: `Lightpath Studio design (${FORMAT}, format version ${FORMAT_VERSION})`,
    description:
      'A *.lightpath.json design document. Lengths in mm, angles in degrees, temperatures in °C, power in W, rates in Gb/s. See docs/FORMAT.md.',
  };
}

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the design document',
  usage: 'lightpath schema',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    io.stdout(`${JSON.stringify(designJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
