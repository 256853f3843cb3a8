/**
 * Thermal resistance of an isoflux rectangular source on a rectangular flux channel
 * (plate) with a convective (or contact) conductance h on the opposite face and
 * adiabatic sides, by the exact Fourier-series solution of
 * Y. S. Muzychka, J. R. Culham, M. M. Yovanovich, "Thermal spreading resistance of
 * eccentric heat sources on rectangular flux channels", J. Electronic Packaging 125(2)
 * 178–185 (2003), eqs. for θ̄ and A_m, A_n, A_mn; for a centred source it reduces to
 * M. M. Yovanovich, Y. S. Muzychka, J. R. Culham, "Spreading resistance of isoflux
 * rectangles and strips on compound flux channels", J. Thermophysics and Heat Transfer
 * 13(4) 495–500 (1999) with a single layer.
 *
 * SI units inside: plate a × b, source c × d centred at (xc, yc), thickness t, k, h.
 * Returns the total resistance R = (mean source temperature − T_f) / Q = R_1D + R_s.
 */
export interface SpreadingCase {
  plateXM: number;
  plateYM: number;
  sourceXM: number;
  sourceYM: number;
  centreXM: number;
  centreYM: number;
  thicknessM: number;
  kWmK: number;
  hWm2K: number;
}

function phi(zeta: number, s: SpreadingCase): number {
  const { thicknessM: t, kWmK: k, hWm2K: h } = s;
  // tanh form of (ζ sinh ζt + h/k cosh ζt) / (ζ cosh ζt + h/k sinh ζt), safe for large ζt.
  const th = Math.tanh(zeta * t);
  return (zeta * th + h / k) / (zeta + (h / k) * th);
}

/** One-dimensional part R_1D = t/(k·a·b) + 1/(h·a·b), K/W. */
export function oneDimensionalResistance(s: SpreadingCase): number {
  const area = s.plateXM * s.plateYM;
  return s.thicknessM / (s.kWmK * area) + 1 / (s.hWm2K * area);
}

/** Total resistance R_1D + R_s, K/W, with m, n ≤ terms in each series. */
export function totalResistance(s: SpreadingCase, terms = 400): number {
  const {
    plateXM: a,
    plateYM: b,
    sourceXM: c,
    sourceYM: d,
    centreXM: xc,
    centreYM: yc,
    kWmK: k,
  } = s;
  let sumM = 0;
  for (let m = 1; m <= terms; m++) {
    const l = (m * Math.PI) / a;
    const am =
      (2 * (Math.sin(((2 * xc + c) / 2) * l) - Math.sin(((2 * xc - c) / 2) * l))) /
      (a * b * c * k * l * l * phi(l, s));
    sumM += (am * Math.cos(l * xc) * Math.sin(0.5 * l * c)) / (l * c);
  }
  let sumN = 0;
  for (let n = 1; n <= terms; n++) {
    const dl = (n * Math.PI) / b;
    const an =
      (2 * (Math.sin(((2 * yc + d) / 2) * dl) - Math.sin(((2 * yc - d) / 2) * dl))) /
      (a * b * d * k * dl * dl * phi(dl, s));
    sumN += (an * Math.cos(dl * yc) * Math.sin(0.5 * dl * d)) / (dl * d);
  }
  let sumMN = 0;
  for (let m = 1; m <= terms; m++) {
    const l = (m * Math.PI) / a;
    const fx = Math.cos(l * xc) * Math.sin(0.5 * l * c);
    for (let n = 1; n <= terms; n++) {
      const dl = (n * Math.PI) / b;
      const beta = Math.hypot(l, dl);
      const fy = Math.cos(dl * yc) * Math.sin(0.5 * dl * d);
      const amn = (16 * fx * fy) / (a * b * c * d * k * beta * l * dl * phi(beta, s));
      sumMN += (amn * fx * fy) / (l * dl * c * d);
    }
  }
  return oneDimensionalResistance(s) + 2 * sumM + 2 * sumN + 4 * sumMN;
}
