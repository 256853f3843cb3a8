/**
 * Data lines grouped into one record per frequency (Touchstone 1.1): a 2-port record is one
 * line, `f S11 S21 S12 S22` (the 2-port exception: column by column); a 4-port record is four
 * lines, the first `f` and matrix row 1, then rows 2–4, each row S_i1 … S_i4 as four pairs.
 * Each pair is magnitude/angle (MA, degrees), dB/angle (DB) or real/imaginary (RI). A line
 * with the wrong count of numbers for the file's port count is refused, naming what the
 * line should hold, so a 2-port table in a .s4p file fails on its second line.
 */
import type { DataLine } from './dataLines';
import type { TouchstoneFormat } from './optionLine';
import { TouchstoneError } from './touchstoneError';

/** One frequency: f in Hz, S as interleaved re/im, row-major: S_ij at 2·(i·n + j). */
export interface SRecord {
  readonly line: number;
  readonly fHz: number;
  readonly s: Float64Array;
}

function toComplex(a: number, b: number, format: TouchstoneFormat): [number, number] {
  if (format === 'RI') return [a, b];
  const mag = format === 'DB' ? Math.pow(10, a / 20) : a;
  const rad = (b * Math.PI) / 180;
  return [mag * Math.cos(rad), mag * Math.sin(rad)];
}

/** Groups the data lines of an n-port file (n = 2 or 4) into records. */
export function records(
  lines: readonly DataLine[],
  ports: 2 | 4,
  format: TouchstoneFormat,
  hzPerUnit: number,
  fileName: string,
): SRecord[] {
  const out: SRecord[] = [];
  const linesPerRecord = ports === 2 ? 1 : ports;
  for (let k = 0; k < lines.length; k += linesPerRecord) {
    const s = new Float64Array(2 * ports * ports);
    const first = lines[k]!;
    for (let row = 0; row < linesPerRecord; row++) {
      const dl = lines[k + row];
      const expected = ports === 2 ? 9 : row === 0 ? 9 : 8;
      const what =
        ports === 2
          ? 'the frequency and S11, S21, S12, S22 as pairs'
          : row === 0
            ? `the frequency and row 1 of the 4-port matrix`
            : `row ${row + 1} of the 4-port matrix`;
      if (!dl) {
        const last = lines[lines.length - 1]!.line;
        throw new TouchstoneError(
          fileName,
          last,
          `record incomplete: ${what} is missing after this line`,
        );
      }
      if (dl.values.length !== expected)
        throw new TouchstoneError(
          fileName,
          dl.line,
          `expected ${expected} numbers (${what}) for a ${ports}-port file, found ${dl.values.length}`,
        );
      const offset = row === 0 ? 1 : 0;
      for (let p = 0; p < 4; p++) {
        const [re, im] = toComplex(
          dl.values[offset + 2 * p]!,
          dl.values[offset + 2 * p + 1]!,
          format,
        );
        // 2-port order S11 S21 S12 S22 is column by column; 4-port rows are row by row.
        const i = ports === 2 ? p % 2 : row;
        const j = ports === 2 ? Math.floor(p / 2) : p;
        s[2 * (i * ports + j)] = re;
        s[2 * (i * ports + j) + 1] = im;
      }
    }
    out.push({ line: first.line, fHz: first.values[0]! * hzPerUnit, s });
  }
  return out;
}
