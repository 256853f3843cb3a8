/**
 * Physical bounds on the thermal numbers a file may hold. Outside them no real package lies
 * and the solver's conditioning breaks down (a conductivity of 1e308 W/(m·K) makes the
 * conjugate-gradient iteration diverge), so the loader refuses them with the range.
 *
 * - Conductivity: above 0, at most 10 000 W/(m·K); the best bulk conductor, diamond, is
 *   about 2 000 W/(m·K) (CVD diamond 1 800–2 200, Element Six datasheets).
 * - Heat-transfer coefficient: at most 1 000 000 W/(m²·K); two-phase jet impingement and
 *   flow boiling reach about 1e5 W/(m²·K) (Incropera, Fundamentals of Heat and Mass
 *   Transfer, 7th ed., Table 1.1 gives 2 500–100 000 for phase change).
 * - Thermal resistance: at least 1e-6 K/W, far below any real cold plate (≈ 0.01 K/W).
 */
import { z } from 'zod';

/** A thermal conductivity, W/(m·K). */
export const conductivityWmK = z
  .number()
  .positive()
  .max(10_000, 'expected a conductivity ≤ 10000 W/(m·K) (diamond is about 2000)');

/** A heat-transfer coefficient, W/(m²·K); 0 = adiabatic. */
export const htcWm2K = z
  .number()
  .nonnegative()
  .max(1_000_000, 'expected a heat-transfer coefficient ≤ 1000000 W/(m²·K)');

/** A lumped thermal resistance, K/W. */
export const resistanceKPerW = z
  .number()
  .min(1e-6, 'expected a thermal resistance ≥ 0.000001 K/W')
  .max(1e6, 'expected a thermal resistance ≤ 1000000 K/W');
