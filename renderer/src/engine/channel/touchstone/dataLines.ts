/**
 * The lines of a Touchstone 1.x file split into the option line and the numeric data lines,
 * with `!` comments and blank lines dropped and every line's 1-based number kept for errors.
 * A line with text that is not a number, a second option line, data before the option line
 * and Touchstone 2 keywords (`[Version]`, …) are refused.
 */
import { parseOptionLine, type TouchstoneOptions } from './optionLine';
import { TouchstoneError } from './touchstoneError';

/** One numeric line: its numbers and line number. */
export interface DataLine {
  readonly line: number;
  readonly values: number[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Splits `text` into options and data lines, or throws TouchstoneError. */
export function dataLines(
  text: string,
  fileName: string,
): { options: TouchstoneOptions; lines: DataLine[] } {
  let options: TouchstoneOptions | undefined;
  const lines: DataLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const n = i + 1;
    const body = raw.split('!')[0]!.trim();
    if (body === '') return;
    if (body.startsWith('[')) {
      throw new TouchstoneError(
        fileName,
        n,
        `Touchstone 2 keyword ${body.split(/\s/)[0]} is not supported (Touchstone 1.x only)`,
      );
    }
    if (body.startsWith('#')) {
      if (options)
        throw new TouchstoneError(
          fileName,
          n,
          'a second option line (only one "#" line is allowed)',
        );
      const parsed = parseOptionLine(body.slice(1));
      if (typeof parsed === 'string') throw new TouchstoneError(fileName, n, parsed);
      options = parsed;
      return;
    }
    if (!options)
      throw new TouchstoneError(fileName, n, 'data before the option line ("# GHz S MA R 50")');
    const tokens = body.split(/\s+/);
    const bad = tokens.find((t) => !NUMBER.test(t));
    if (bad !== undefined) throw new TouchstoneError(fileName, n, `"${bad}" is not a number`);
    lines.push({ line: n, values: tokens.map(Number) });
  });
  if (!options) throw new TouchstoneError(fileName, 0, 'no option line ("# GHz S MA R 50")');
  if (lines.length === 0) throw new TouchstoneError(fileName, 0, 'no data');
  return { options, lines };
}
