/**
 * Every field of the document is edited through a command (DESIGN.md): (a) every command
 * factory any family file in renderer/src/model/commands/ exports is registered for replay,
 * and (b) every top-level collection or field of DesignSchema (plus the nested layers,
 * regions and the cooling members) has at least one registered command that changes it.
 * Each field's example runs the command from its JSON form and checks that the field changed
 * and the design still passes the loader's semantic checks.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMAND_FACTORIES,
  commandFromJson,
  runCommand,
  type Command,
} from '../../../renderer/src/model/commands';
import { checkDesign } from '../../../renderer/src/model/load';
import {
  CarrierSchema,
  CoolingSchema,
  DesignSchema,
  LayerSchema,
  type Design,
} from '../../../renderer/src/model/schema';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

const MODULES = import.meta.glob('../../../renderer/src/model/commands/*.ts', {
  eager: true,
}) as Record<string, Record<string, unknown>>;

/** A value is a command factory when calling it gives a Command (factories run no recipe). */
function asCommand(value: unknown): Command<unknown> | undefined {
  if (typeof value !== 'function') return undefined;
  try {
    const made = (value as (p: unknown) => unknown)({});
    const c = made as Partial<Command<unknown>> | undefined;
    return typeof c?.name === 'string' && typeof c.recipe === 'function' && 'params' in c
      ? (c as Command<unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const EXPORTED = Object.entries(MODULES)
  .filter(([file]) => !/\/(index|registry)\.ts$/.test(file))
  .flatMap(([file, exports]) =>
    Object.entries(exports).flatMap(([exportName, value]) => {
      const command = asCommand(value);
      return command ? [{ file: file.split('/').pop()!, exportName, value, command }] : [];
    }),
  );

describe('(a) every exported command factory is registered', () => {
  it('finds the factories of the family files', () => {
    expect(EXPORTED.length).toBeGreaterThan(30);
    expect(new Set(EXPORTED.map((e) => e.file)).size).toBeGreaterThan(8);
  });

  it.each(EXPORTED.map((e) => [`${e.file}: ${e.exportName}`, e] as const))(
    '%s is in COMMAND_FACTORIES under its own name',
    (_, { exportName, value, command }) => {
      expect(command.name).toBe(exportName);
      expect(Object.hasOwn(COMMAND_FACTORIES, exportName)).toBe(true);
      expect(COMMAND_FACTORIES[exportName]).toBe(value);
    },
  );
});

/** A field of the design, how to read it, its commands and one example edit of it. */
interface FieldCoverage {
  readonly read: (doc: Design) => unknown;
  /** Every registered command that changes the field (at least one). */
  readonly commands: readonly string[];
  /** One of them, as JSON, applied to the sample design (tests/fixtures/v3/small-npo). */
  readonly example?: { readonly name: string; readonly params: unknown };
}

const oePart = { ...TEST_LIBRARY.get('test-oe')!, id: 'my-oe', name: 'My OE' };
const layer = { name: 'build-up', material: 'abf', thicknessMm: 0.1 };
const region = {
  id: 'coin-1',
  name: 'coin',
  kind: 'copper-coin',
  material: 'copper',
  rectMm: { x: 10, y: 10, width: 5, depth: 5 },
};
const fiber = {
  id: 'fiber-2',
  from: { componentId: 'oe1', port: 'fiber' },
  endMm: { x: 200, y: 80, z: 3 },
  fiberType: 'G.657.A2',
  count: 8,
};

/** Field → its commands. Keys are DesignSchema members, `layers`, `regions` and `cooling.*`. */
const FIELDS: Readonly<Record<string, FieldCoverage>> = {
  meta: {
    read: (d) => d.meta,
    commands: ['setMeta'],
    example: { name: 'setMeta', params: { changes: { name: 'renamed' } } },
  },
  materials: {
    read: (d) => d.materials,
    commands: ['addMaterial', 'updateMaterial', 'removeMaterial', 'importPartLibrary'],
    example: {
      name: 'addMaterial',
      params: {
        material: { key: 'my-tim', name: 'My TIM', inPlaneWmK: 5, throughPlaneWmK: 5 },
      },
    },
  },
  parts: {
    read: (d) => d.parts,
    commands: [
      'addPartDefinition',
      'updatePartDefinition',
      'removePartDefinition',
      'importPartLibrary',
    ],
    example: { name: 'addPartDefinition', params: { part: oePart } },
  },
  carriers: {
    read: (d) => d.carriers,
    commands: [
      'addCarrier',
      'removeCarrier',
      'moveCarrier',
      'resizeCarrier',
      'setCarrierProperties',
    ],
    example: { name: 'resizeCarrier', params: { id: 'board', widthMm: 210, depthMm: 150 } },
  },
  layers: {
    read: (d) => d.carriers.map((c) => c.layers),
    commands: ['addLayer', 'removeLayer', 'moveLayer', 'setLayer'],
    example: { name: 'addLayer', params: { carrierId: 'board', index: 1, layer } },
  },
  regions: {
    read: (d) => d.carriers.map((c) => c.layers.map((l) => l.regions)),
    commands: ['addRegion', 'updateRegion', 'removeRegion'],
    example: { name: 'addRegion', params: { carrierId: 'board', layerIndex: 0, region } },
  },
  components: {
    read: (d) => d.components,
    commands: [
      'addComponent',
      'deleteComponents',
      'duplicateComponents',
      'movePart',
      'moveParts',
      'rotatePart',
      'rotateParts',
      'alignComponents',
      'distributeComponents',
      'setPartProperty',
    ],
    example: { name: 'movePart', params: { id: 'oe1', positionMm: { x: 125, y: 75 } } },
  },
  links: {
    read: (d) => d.links,
    commands: ['addLink', 'deleteLinks', 'updateLink', 'setLinkMeasuredLoss'],
    example: { name: 'updateLink', params: { id: 'link-1', changes: { lanes: 4 } } },
  },
  fibers: {
    read: (d) => d.fibers,
    commands: [
      'addFiber',
      'updateFiber',
      'removeFibers',
      'setFiberWaypoints',
      'moveFiberWaypoint',
      'insertFiberWaypoint',
      'removeFiberWaypoint',
    ],
    example: { name: 'addFiber', params: { fiber } },
  },
  keepOuts: {
    read: (d) => d.keepOuts,
    commands: ['addKeepOut', 'deleteKeepOut'],
    example: { name: 'deleteKeepOut', params: { ids: ['ko-1'] } },
  },
  cooling: {
    read: (d) => d.cooling,
    commands: ['setCooling'],
    example: { name: 'setCooling', params: { changes: { ambientC: 30 } } },
  },
  'cooling.ambientC': {
    read: (d) => d.cooling.ambientC,
    commands: ['setAmbient', 'setCooling'],
    example: { name: 'setAmbient', params: { ambientC: 40 } },
  },
  'cooling.exposed': {
    read: (d) => d.cooling.exposed,
    commands: ['setExposedFaces', 'setCooling'],
    example: { name: 'setExposedFaces', params: { topHtcWm2K: 25 } },
  },
  'cooling.boundaries': {
    read: (d) => d.cooling.boundaries,
    commands: [
      'addCoolingBoundary',
      'updateCoolingBoundary',
      'removeCoolingBoundary',
      'setCooling',
    ],
    example: { name: 'removeCoolingBoundary', params: { id: 'hs-1' } },
  },
  comments: {
    read: (d) => d.comments,
    commands: ['addComment', 'setCommentStatus', 'editCommentText', 'deleteComment'],
    example: { name: 'setCommentStatus', params: { id: 'comment-1', status: 'resolved' } },
  },
  scenarios: {
    read: (d) => d.scenarios,
    commands: ['addScenario', 'updateScenario', 'removeScenario'],
    example: { name: 'removeScenario', params: { id: 'scenario-1' } },
  },
  rules: {
    read: (d) => d.rules,
    commands: ['setRulesConfig'],
    example: { name: 'setRulesConfig', params: { changes: { minSpacingMm: 0.3 } } },
  },
};

/** Envelope members no command edits: fixed by the format, written by the serialiser. */
const ENVELOPE = ['format', 'formatVersion', 'appVersion', 'units'];

describe('(b) every field of the design has a command that changes it', () => {
  it('the map lists every DesignSchema member and the nested layers, regions, cooling members', () => {
    const expected = [
      ...Object.keys(DesignSchema.shape).filter((k) => !ENVELOPE.includes(k)),
      ...Object.keys(CoolingSchema.shape).map((k) => `cooling.${k}`),
      'layers',
      'regions',
    ];
    expect(Object.keys(CarrierSchema.shape)).toContain('layers');
    expect(Object.keys(LayerSchema.shape)).toContain('regions');
    expect(Object.keys(FIELDS).sort()).toEqual([...expected].sort());
  });

  it.each(Object.entries(FIELDS))('%s', (field, coverage) => {
    const missing = coverage.commands.filter((name) => !Object.hasOwn(COMMAND_FACTORIES, name));
    expect(coverage.commands.length, `${field} has no command`).toBeGreaterThan(0);
    expect(missing, `${field}: commands not registered`).toEqual([]);
    const example = coverage.example!;
    expect(coverage.commands).toContain(example.name);
    const before = sampleDesign();
    const after = runCommand(before, commandFromJson(example)).doc;
    expect(coverage.read(after), `${example.name} changes ${field}`).not.toEqual(
      coverage.read(before),
    );
    expect(checkDesign(after, TEST_LIBRARY).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
