import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../renderer/src/ui/inspector/parseQuantity';

describe('parseQuantity units', () => {
  it('converts micrometres to mm for a field in mm', () => {
    expect(parseQuantity('250 µm', 'mm', -1000, 1000)).toEqual({ ok: true, value: 0.25 });
    expect(parseQuantity('1234um', 'mm', -1000, 1000)).toEqual({ ok: true, value: 1.234 });
    expect(parseQuantity('-500 μm', 'mm', -1000, 1000)).toEqual({ ok: true, value: -0.5 });
  });

  it('checks the range after conversion and refuses µm for other units', () => {
    expect(parseQuantity('2000000 µm', 'mm', -1000, 1000)).toEqual({
      ok: false,
      message: 'Expected -1000 to 1000 mm',
    });
    expect(parseQuantity('90 µm', 'deg', 0, 360).ok).toBe(false);
  });
});
