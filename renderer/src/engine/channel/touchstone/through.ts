/**
 * The through transmission of a parsed network, as insertion loss IL = −20·log10|T|, dB.
 * 2-port: T = S21. 4-port: the differential through SDD21 of the mixed-mode matrix
 * (D. E. Bockelman, W. R. Eisenstadt, "Combined differential and common-mode scattering
 * parameters: theory and simulation", IEEE Trans. MTT-43(7), 1995, pp. 1530–1539), with the
 * port order this studio assumes for .s4p files: port 1 = input +, 2 = input −, 3 = output +,
 * 4 = output − (through paths 1→3 and 2→4):
 *   SDD21 = ½ (S31 − S32 − S41 + S42).
 */
import type { SRecord } from './records';

function at(s: Float64Array, ports: number, i: number, j: number): [number, number] {
  return [s[2 * ((i - 1) * ports + (j - 1))]!, s[2 * ((i - 1) * ports + (j - 1)) + 1]!];
}

/** |T| of one record. */
export function throughMagnitude(r: SRecord, ports: 2 | 4): number {
  if (ports === 2) return Math.hypot(...at(r.s, 2, 2, 1));
  const [a, b, c, d] = [at(r.s, 4, 3, 1), at(r.s, 4, 3, 2), at(r.s, 4, 4, 1), at(r.s, 4, 4, 2)];
  return Math.hypot((a[0] - b[0] - c[0] + d[0]) / 2, (a[1] - b[1] - c[1] + d[1]) / 2);
}

/** Insertion loss of the through at each record, dB (∞ for a zero transmission). */
export function throughLossDb(r: SRecord, ports: 2 | 4): number {
  return -20 * Math.log10(throughMagnitude(r, ports));
}
