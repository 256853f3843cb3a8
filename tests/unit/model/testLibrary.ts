/**
 * A two-part literal library for model tests (the real library lives in assets/parts).
 * Values are placeholders for tests only; no analysis reads them.
 */
import { PartSchema, type PartLibrary } from '../../../renderer/src/model/partSchema';

const gpu = PartSchema.parse({
  id: 'test-gpu',
  name: 'Test GPU',
  category: 'xpu',
  sizeMm: { x: 50, y: 50, z: 5 },
  powerW: 700,
  tempLimitC: 95,
  ports: [
    {
      id: 'serdes0',
      kind: 'electrical',
      lanes: 8,
      laneRateGbps: 106.25,
      modulation: 'PAM4',
      serdesClass: 'XSR',
      edge: 'east',
    },
    {
      id: 'serdes1',
      kind: 'electrical',
      lanes: 8,
      laneRateGbps: 106.25,
      modulation: 'PAM4',
      serdesClass: 'XSR',
      edge: 'west',
    },
  ],
  fruClass: 'soldered',
  failureRateFit: 100,
  costUsd: 1,
  sources: {},
});

const oe = PartSchema.parse({
  id: 'test-oe',
  name: 'Test optical engine',
  category: 'optical-engine',
  sizeMm: { x: 20, y: 20, z: 3 },
  powerW: 10,
  tempLimitC: 80,
  ports: [
    {
      id: 'host',
      kind: 'electrical',
      lanes: 8,
      laneRateGbps: 106.25,
      modulation: 'PAM4',
      serdesClass: 'XSR',
      edge: 'west',
    },
    {
      id: 'fiber',
      kind: 'optical',
      lanes: 8,
      laneRateGbps: 106.25,
      modulation: 'PAM4',
      edge: 'east',
    },
  ],
  fruClass: 'socketed',
  failureRateFit: 100,
  costUsd: 1,
  sources: {},
});

/** The test library: "test-gpu" (50 × 50 mm) and "test-oe" (20 × 20 mm). */
export const TEST_LIBRARY: PartLibrary = new Map([
  [gpu.id, gpu],
  [oe.id, oe],
]);
