/**
 * Reads a Touchstone file into the measured loss a link stores (model MeasuredLoss): the
 * parsed through insertion loss at each of the file's frequencies. Throws the parser's
 * TouchstoneError (line and problem) for a refused file, and for one whose through loss is
 * infinite (a zero transmission) or holds more points than a design may store.
 */
import { MAX_MEASURED_POINTS, type MeasuredLoss } from '../../../model/measuredLossSchema';
import { parseTouchstone } from './parseTouchstone';
import { TouchstoneError } from './touchstoneError';

/** The measured loss of `fileName` (contents `text`), checked to cover `nyquistGhz` if given. */
export function measuredLossFromTouchstone(
  fileName: string,
  text: string,
  options: { nyquistGhz?: number } = {},
): MeasuredLoss {
  const channel = parseTouchstone(fileName, text, options);
  if (channel.fGhz.length < 2)
    throw new TouchstoneError(fileName, 0, 'one frequency only: at least 2 are needed');
  if (channel.fGhz.length > MAX_MEASURED_POINTS)
    throw new TouchstoneError(
      fileName,
      0,
      `${channel.fGhz.length} frequencies: at most ${MAX_MEASURED_POINTS} are stored`,
    );
  const zero = channel.lossDb.findIndex((l) => !Number.isFinite(l));
  if (zero >= 0)
    throw new TouchstoneError(
      fileName,
      0,
      `zero transmission (infinite loss) at ${channel.fGhz[zero]} GHz`,
    );
  return {
    fileName,
    ports: channel.ports,
    points: channel.fGhz.map((fGhz, i) => ({ fGhz, lossDb: channel.lossDb[i]! })),
  };
}
