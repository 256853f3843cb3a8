import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LPO_HOST_BUDGET_DB,
  REACH_BUDGET_DB,
} from '../../../renderer/src/model/data/channelBudget';
import {
  CROSSING_LOSS_DB,
  MEDIUM_LOSS_DB_PER_MM,
} from '../../../renderer/src/model/data/channelLoss';
import { FIBER_MIN_BEND_RADIUS_MM } from '../../../renderer/src/model/data/fiber';
import { LANE_PITCH_MM } from '../../../renderer/src/model/data/lanePitch';
import { LATENCY_NS } from '../../../renderer/src/model/data/latency';
import { LINEAR_MODULE_PATH } from '../../../renderer/src/model/data/linearModulePath';
import { ENERGY_PROFILES, HOST_SERDES_PJ_PER_BIT } from '../../../renderer/src/model/data/power';
import {
  HTC_W_M2K,
  LASER_LIMIT_C,
  SINK_RESISTANCE_K_PER_W,
} from '../../../renderer/src/model/data/thermal';
import { MATERIALS } from '../../../renderer/src/model/materials';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';

const DOC = readFileSync(
  fileURLToPath(new URL('../../../docs/DATA-SOURCES.md', import.meta.url)),
  'utf8',
);

/** Table rows of the doc keyed by their first cell. */
const ROWS = new Map(
  DOC.split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => [line.split('|')[1]!.trim(), line] as const),
);

/** [row key, numbers the row must show, source id] for every data-table entry. */
function expectedRows(): [string, number[], string][] {
  const rows: [string, number[], string][] = [];
  for (const [k, e] of Object.entries(MEDIUM_LOSS_DB_PER_MM))
    rows.push([
      `channelLoss · MEDIUM_LOSS_DB_PER_MM.${k}`,
      [e.lossDb['112G'], e.lossDb['224G']],
      e.sourceId,
    ]);
  for (const [k, e] of Object.entries(CROSSING_LOSS_DB))
    rows.push([
      `channelLoss · CROSSING_LOSS_DB.${k}`,
      [e.lossDb['112G'], e.lossDb['224G']],
      e.sourceId,
    ]);
  for (const [rc, t] of Object.entries(REACH_BUDGET_DB))
    for (const [k, e] of Object.entries(t))
      rows.push([`channelBudget · REACH_BUDGET_DB.${rc}.${k}`, [e.budgetDb], e.sourceId]);
  for (const [rc, e] of Object.entries(LPO_HOST_BUDGET_DB))
    rows.push([`channelBudget · LPO_HOST_BUDGET_DB.${rc}`, [e.budgetDb], e.sourceId]);
  rows.push([
    'linearModulePath · LINEAR_MODULE_PATH',
    [LINEAR_MODULE_PATH.lengthMm],
    LINEAR_MODULE_PATH.sourceId,
  ]);
  for (const [rc, t] of Object.entries(HOST_SERDES_PJ_PER_BIT))
    for (const [k, e] of Object.entries(t))
      rows.push([`power · HOST_SERDES_PJ_PER_BIT.${rc}.${k}`, [e.pjPerBit], e.sourceId]);
  for (const [k, e] of Object.entries(ENERGY_PROFILES)) {
    const nums = [e.dspPjPerBit, e.driverTiaPjPerBit, e.modulatorPjPerBit, e.laserPjPerBit].filter(
      (v) => v !== undefined,
    );
    rows.push([`power · ENERGY_PROFILES.${k}`, nums as number[], e.sourceId]);
  }
  for (const [k, e] of Object.entries(LATENCY_NS))
    rows.push([`latency · LATENCY_NS.${k}`, [e.latencyNs], e.sourceId]);
  for (const [k, e] of Object.entries(HTC_W_M2K))
    rows.push([`thermal · HTC_W_M2K.${k}`, [e.value], e.sourceId]);
  for (const [k, e] of Object.entries(SINK_RESISTANCE_K_PER_W))
    rows.push([`thermal · SINK_RESISTANCE_K_PER_W.${k}`, [e.value], e.sourceId]);
  for (const [k, e] of Object.entries(LASER_LIMIT_C))
    rows.push([`thermal · LASER_LIMIT_C.${k}`, [e.value], e.sourceId]);
  for (const [k, e] of Object.entries(FIBER_MIN_BEND_RADIUS_MM))
    rows.push([`fiber · FIBER_MIN_BEND_RADIUS_MM.${k}`, [e.minBendRadiusMm], e.sourceId]);
  for (const [k, e] of Object.entries(LANE_PITCH_MM))
    rows.push([`lanePitch · LANE_PITCH_MM.${k}`, [e.pitchMm], e.sourceId]);
  for (const m of MATERIALS.values())
    rows.push([`\`${m.key}\` ${m.name}`, [m.inPlaneWmK, m.throughPlaneWmK], m.sourceId]);
  return rows;
}

/** True if the row shows the number as a whole token (so 0.1 does not match 0.15). */
function showsNumber(row: string, n: number): boolean {
  return new RegExp(`(^|[^0-9.])${String(n).replace('.', '\\.')}([^0-9]|$)`).test(row);
}

describe('docs/DATA-SOURCES.md "Values" agrees with the code', () => {
  it.each(expectedRows())('%s', (key, numbers, sourceId) => {
    const row = ROWS.get(key);
    expect(row, `no row "${key}"`).toBeDefined();
    expect(row).toContain(`\`${sourceId}\``);
    for (const n of numbers) expect(showsNumber(row!, n), `${key} shows ${n}`).toBe(true);
  });

  it('has a row for every part with its power and every source id it uses', () => {
    for (const part of defaultPartLibrary().values()) {
      const row = ROWS.get(`\`${part.id}\``);
      expect(row, part.id).toBeDefined();
      expect(showsNumber(row!, part.powerW), `${part.id} power`).toBe(true);
      for (const [field, id] of Object.entries(part.sources))
        expect(row, `${part.id}.${field}`).toContain(`${field}: \`${id}\``);
    }
  });
});
