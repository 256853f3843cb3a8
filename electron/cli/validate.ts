/**
 * `lightpath validate <file>...`: runs the full load pipeline (size cap, safe parse,
 * version and migrations, schema, semantic checks against the bundled part library).
 * Exit 0 when every file is valid ("ok: <file> (N components, M links)" on stdout,
 * warnings on stderr); exit 2 when any is not, with each error on stderr.
 */
import { EXIT, type CliCommand } from './command';
import { printDocumentErrors, readDesign } from './readDesign';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check design files; exit 0 if valid, 2 with the reasons on stderr if not',
  usage: 'lightpath validate <file.lightpath.json>...',
  async run(args, io) {
    const files = args.filter((arg) => arg !== '--');
    const unknown = files.find((arg) => arg.startsWith('-'));
    if (files.length === 0 || unknown !== undefined) {
      io.stderr(`${unknown ? `unknown option ${unknown}\n` : ''}usage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    let code: number = EXIT.ok;
    for (const file of files) {
      const result = await readDesign(file, io);
      if (!result.ok) {
        printDocumentErrors(result, io);
        code = EXIT.invalid;
        continue;
      }
      for (const warning of result.warnings) io.stderr(`warning: ${warning.message}\n`);
      const { components, links } = result.doc;
      io.stdout(
        `ok: ${file} (${count(components.length, 'component')}, ${count(links.length, 'link')})\n`,
      );
    }
    return code;
  },
};
