/**
 * Parses a Touchstone 1.x .s2p or .s4p file into the through insertion loss at each of its
 * frequencies, or refuses it with a TouchstoneError naming the line and the problem: a
 * malformed line, the wrong count of numbers for the port count the extension gives,
 * frequencies that do not rise, non-passive data, or (when `nyquistGhz` is given) a range
 * that does not cover the Nyquist frequency. Pure: text in, data out.
 */
import { checkCovers, checkPassive, checkRising } from './checks';
import { dataLines } from './dataLines';
import { records } from './records';
import { throughLossDb } from './through';
import { TouchstoneError } from './touchstoneError';

/** A measured channel: its through insertion loss against frequency. */
export interface MeasuredChannel {
  readonly fileName: string;
  readonly ports: 2 | 4;
  readonly referenceOhm: number;
  /** Which transmission the loss is: S21, or SDD21 of a 4-port. */
  readonly through: 'S21' | 'SDD21';
  /** Frequencies, GHz, rising. */
  readonly fGhz: number[];
  /** Insertion loss at each frequency, dB. */
  readonly lossDb: number[];
}

/** Ports of a Touchstone file from its extension (.s2p, .s4p), or the problem. */
export function portsOfFileName(fileName: string): 2 | 4 | string {
  const ext = /\.s(\d+)p$/i.exec(fileName)?.[1];
  if (ext === '2') return 2;
  if (ext === '4') return 4;
  return ext
    ? `a ${ext}-port file (.s${ext}p): only .s2p and .s4p channels are read`
    : 'not a Touchstone file name (expected .s2p or .s4p)';
}

/** Parses `text` (the contents of `fileName`). */
export function parseTouchstone(
  fileName: string,
  text: string,
  options: { nyquistGhz?: number } = {},
): MeasuredChannel {
  const ports = portsOfFileName(fileName);
  if (typeof ports === 'string') throw new TouchstoneError(fileName, 0, ports);
  const { options: opts, lines } = dataLines(text, fileName);
  const recs = records(lines, ports, opts.format, opts.hzPerUnit, fileName);
  checkRising(recs, fileName);
  checkPassive(recs, ports, fileName);
  if (options.nyquistGhz !== undefined) checkCovers(recs, options.nyquistGhz * 1e9, fileName);
  return {
    fileName,
    ports,
    referenceOhm: opts.referenceOhm,
    through: ports === 2 ? 'S21' : 'SDD21',
    fGhz: recs.map((r) => r.fHz / 1e9),
    lossDb: recs.map((r) => throughLossDb(r, ports)),
  };
}
