/**
 * Numbers of the serviceability model with where they come from. A value is either cited
 * (a publication the reader can look up) or marked "typical, unconfirmed" with the reason,
 * never given a citation it does not have. docs/MODELS.md ("Serviceability") explains them.
 */

/** Where a technician has to go to replace a failed unit. */
export type AccessClass = 'front-panel' | 'open-chassis' | 'board-rework' | 'factory';

/** Access classes from easiest to hardest. */
export const ACCESS_ORDER: readonly AccessClass[] = [
  'front-panel',
  'open-chassis',
  'board-rework',
  'factory',
];

/** A model number with its provenance. */
export interface SourcedNumber {
  readonly value: number;
  /** "cited" when `source` names a publication; otherwise a typical value with a reason. */
  readonly status: 'cited' | 'typical, unconfirmed';
  readonly source: string;
}

/**
 * Mean time to repair per access class, hours: hands-on time from the start of the repair to
 * service restored, spares on site (logistics delay excluded, as availability models do).
 */
export const MTTR_BY_ACCESS_H: Readonly<Record<AccessClass, SourcedNumber>> = {
  'front-panel': {
    value: 0.5,
    status: 'typical, unconfirmed',
    source:
      'The swap itself takes "under two minutes" (100gmodules.com, "Pluggable Transceiver ' +
      'Benefits", 2026, a vendor blog); 0.5 h adds fault isolation, end-face inspection and ' +
      'link verification. No standard figure found.',
  },
  'open-chassis': {
    value: 4,
    status: 'cited',
    source:
      'Cisco ASR 5000 Series Product Overview, "Mean Time Between Failure and System ' +
      'Availability": availability calculations use "the industry standard of four hours" MTTR.',
  },
  'board-rework': {
    value: 8,
    status: 'typical, unconfirmed',
    source:
      'A soldered or co-packaged package is not reworked in the field: the board (line card, ' +
      'sled) is swapped for a spare and the system re-qualified. No published figure found; ' +
      'taken as twice the four-hour FRU standard.',
  },
  factory: {
    value: 24,
    status: 'typical, unconfirmed',
    source:
      'A 3D-stacked package cannot be reworked at all; the whole system is exchanged and ' +
      're-cabled, the failed one returned to the factory. No published figure found; taken as ' +
      'one working day of 24 h service.',
  },
};

/** Labour rate charged for repair time, USD per hour. */
export const LABOUR_RATE_USD_PER_H: SourcedNumber = {
  value: 32.32,
  status: 'cited',
  source:
    'US Bureau of Labor Statistics, Occupational Outlook Handbook, "Electrical and Electronics ' +
    'Installers and Repairers": 2023 median pay $32.32 per hour (wage, not fully loaded cost).',
};

/** Hours in a mean year (365.25 d × 24 h), used to turn FIT into failures per year. */
export const HOURS_PER_YEAR = 8766;

/** One FIT is one failure per 10⁹ device-hours (Telcordia SR-332, JEDEC JESD85). */
export const HOURS_PER_FIT = 1e9;
