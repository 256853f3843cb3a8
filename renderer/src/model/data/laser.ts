/**
 * Laser energy per bit from optical power and wall-plug efficiency, and the assumptions
 * behind the laser shares in power.ts: an external laser source (CPO/NPO) and a laser
 * integrated in a pluggable module. Sources: docs/DATA-SOURCES.md.
 */

/**
 * Electrical energy per bit of a CW laser, pJ/bit: optical power per lane over wall-plug
 * efficiency (electrical in → optical out, including drive and cooling) over the payload
 * rate the lane carries. mW ÷ Gb/s = pJ/bit (the definition of wall-plug efficiency).
 */
export function laserPjPerBit(
  opticalPowerMw: number,
  wallPlugEfficiency: number,
  payloadGbps: number,
): number {
  if (!(wallPlugEfficiency > 0 && wallPlugEfficiency <= 1))
    throw new RangeError('wall-plug efficiency must be in (0, 1]');
  if (!(payloadGbps > 0)) throw new RangeError('payload rate must be > 0');
  return opticalPowerMw / wallPlugEfficiency / payloadGbps;
}

/** Laser assumptions behind the external laser profile. */
export const EXTERNAL_LASER = {
  opticalPowerMwPerLane: 75,
  wallPlugEfficiency: 0.15,
  payloadGbpsPerLane: 200,
  sourceId: 'lightpath-estimate',
  assumption:
    'high-power cooled DFB array in an ELSFP, split losses ahead of the engine; 15 % includes TEC and driver',
} as const;

/**
 * Laser assumptions behind the 4.0 pJ/bit laser share of the pluggable-module profiles
 * (integrated laser): a CW source per 100 Gb/s lane feeding a silicon-photonic or EML
 * transmitter inside the module.
 */
export const INTEGRATED_LASER = {
  opticalPowerMwPerLane: 50,
  wallPlugEfficiency: 0.125,
  payloadGbpsPerLane: 100,
  sourceId: 'lightpath-estimate',
  assumption:
    'uncooled-to-lightly-cooled DFB per lane, 50 mW before modulator and coupling loss; 12.5 % includes bias driver and TEC',
} as const;

/**
 * Temperature behaviour of the CW lasers (characteristic-temperature model): threshold
 * current I_th(T) = I_th(T_ref) · exp((T − T_ref)/T0), slope efficiency held. Sources:
 * docs/DATA-SOURCES.md.
 */
export const LASER_THERMAL = {
  /** Characteristic temperature T0 of a typical 1.3 µm InGaAsP/InP quantum-well laser, K. */
  t0K: 60,
  t0SourceId: 'ingaasp-t0-1995',
  /** Temperature at which the wall-plug efficiencies above hold, °C. */
  referenceC: 25,
  /** Threshold share of the drive current at the reference temperature. */
  thresholdShare: 0.2,
  /** Highest drive current the source allows, as a multiple of the reference drive. */
  driveCeiling: 1.5,
  sourceId: 'lightpath-estimate',
  assumption:
    'power-controlled drive holds the optical output while the current ceiling allows; forward voltage and slope efficiency held; WPE at 25 °C as EXTERNAL_LASER',
} as const;
