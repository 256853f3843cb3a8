/**
 * The option line of a Touchstone 1.x file (Touchstone File Format Specification, rev. 1.1,
 * EIA/IBIS Open Forum, 2002): `# <frequency unit> <parameter> <format> R <ohms>`, tokens in
 * any order, case-insensitive, each optional with the defaults GHz, S, MA, R 50. Only
 * scattering (S) parameters are accepted: Y, Z, H and G data would need converting first.
 */

/** How the complex numbers of a record are written. */
export type TouchstoneFormat = 'MA' | 'DB' | 'RI';

/** The parsed option line. */
export interface TouchstoneOptions {
  /** Hz per frequency unit of the file. */
  readonly hzPerUnit: number;
  readonly format: TouchstoneFormat;
  readonly referenceOhm: number;
}

const UNITS: Readonly<Record<string, number>> = { HZ: 1, KHZ: 1e3, MHZ: 1e6, GHZ: 1e9 };

/** Parses the text after `#`; returns the options or the problem. */
export function parseOptionLine(text: string): TouchstoneOptions | string {
  let hzPerUnit = 1e9;
  let format: TouchstoneFormat = 'MA';
  let referenceOhm = 50;
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.toUpperCase();
    if (token in UNITS) hzPerUnit = UNITS[token]!;
    else if (token === 'MA' || token === 'DB' || token === 'RI') format = token;
    else if (token === 'S') continue;
    else if (['Y', 'Z', 'H', 'G'].includes(token))
      return `${token} parameters are not supported: only S parameters (option "S")`;
    else if (token === 'R') {
      const ohms = Number(tokens[i + 1]);
      if (!(ohms > 0))
        return `option R needs a positive reference impedance, found "${tokens[i + 1] ?? ''}"`;
      referenceOhm = ohms;
      i += 1;
    } else return `unknown option "${tokens[i]}" (expected Hz/kHz/MHz/GHz, S, MA/DB/RI, R <ohms>)`;
  }
  return { hzPerUnit, format, referenceOhm };
}
