/**
 * The Generate form's logic (ui/templates/generateForm.ts): the defaults check and are the
 * 224G CPO Type B example; typed text becomes parameters; each refusal lands on its field.
 */
import { describe, expect, it } from 'vitest';
import { exampleParams } from '../../../renderer/src/model/templates';
import {
  DEFAULT_VALUES,
  checkValues,
  valuesToParams,
} from '../../../renderer/src/ui/templates/generateForm';

describe('Generate form values', () => {
  it('default to the shipped 224G CPO Type B example, which checks', () => {
    expect(valuesToParams(DEFAULT_VALUES)).toEqual(exampleParams('cpo-b', 212.5));
    expect(checkValues(DEFAULT_VALUES).ok).toBe(true);
  });

  it('resolve the automatic engine by lane rate and read an own engine', () => {
    const at112 = valuesToParams({ ...DEFAULT_VALUES, laneRateGbps: '106.25' });
    expect(at112).toMatchObject({ opticalEngine: { kind: 'library', partId: 'oe-800g' } });
    const own = valuesToParams({ ...DEFAULT_VALUES, engine: 'own', engineCount: '16' });
    expect(own).toMatchObject({
      opticalEngine: { kind: 'own', count: 16, sizeMm: { x: 12, y: 16 }, powerW: 7 },
    });
  });

  it('put each refusal on the field it names', () => {
    const empty = checkValues({ ...DEFAULT_VALUES, sizeY: '' });
    expect(empty.ok ? {} : Object.keys(empty.errors)).toEqual(['sizeY']);
    const lanes = checkValues({ ...DEFAULT_VALUES, lanesPerPort: '3' });
    expect(lanes.ok ? undefined : lanes.errors.lanesPerPort).toBe(
      '256 lanes in 3-lane ports do not make a multiple of 4 ports (one set per xPU edge)',
    );
    const engine = checkValues({ ...DEFAULT_VALUES, engine: 'oe-800g' });
    expect(engine.ok ? undefined : engine.errors.engine).toBe(
      'oe-800g runs 106.25 Gb/s lanes, not 212.5',
    );
    const carrier = checkValues({
      ...DEFAULT_VALUES,
      architecture: 'npo',
      carrierKind: 'interposer-3d',
    });
    expect(carrier.ok ? undefined : carrier.errors.carrierKind).toBe(
      'npo puts the xPU on pcb or substrate, not interposer-3d',
    );
  });
});
