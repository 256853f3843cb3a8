import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addScenario,
  commandFromJson,
  removeScenario,
  runCommand,
  setRulesConfig,
  updateScenario,
} from '../../../renderer/src/model/commands';
import { checkDesign } from '../../../renderer/src/model/load';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

const errorsOf = (doc: ReturnType<typeof sampleDesign>) =>
  checkDesign(doc, TEST_LIBRARY).filter((i) => i.severity === 'error');

describe('setRulesConfig', () => {
  it('sets keys, clears a key with null, and removes rules when none is left', () => {
    const before = sampleDesign();
    expect(before.rules).toBeUndefined();
    const set = runCommand(
      before,
      setRulesConfig({ changes: { minSpacingMm: 0.2, disabled: ['overlap'] } }),
    );
    expect(set.doc.rules).toEqual({ minSpacingMm: 0.2, disabled: ['overlap'] });
    expect(applyPatches(set.doc, set.inversePatches)).toEqual(before);
    const cleared = runCommand(set.doc, setRulesConfig({ changes: { minSpacingMm: null } })).doc;
    expect(cleared.rules).toEqual({ disabled: ['overlap'] });
    const empty = runCommand(cleared, setRulesConfig({ changes: { disabled: null } })).doc;
    expect(empty.rules).toBeUndefined();
    expect('rules' in empty).toBe(false);
    expect(errorsOf(set.doc)).toEqual([]);
  });

  it('refuses an out-of-range value naming the key and the value, and changes nothing', () => {
    const doc = sampleDesign();
    const run = () => runCommand(doc, setRulesConfig({ changes: { oeMaxDistanceMm: -5 } }));
    expect(run).toThrow(CommandError);
    expect(run).toThrow(/rules\.oeMaxDistanceMm.*found -5/);
    expect(doc).toEqual(sampleDesign());
  });

  it('refuses an unknown key, listing the keys it takes', () => {
    const command = commandFromJson({
      name: 'setRulesConfig',
      params: { changes: { maxSpeed: 3 } },
    });
    expect(() => runCommand(sampleDesign(), command)).toThrow(
      /rules\.maxSpeed: unknown rule setting; expected one of disabled, minSpacingMm/,
    );
    expect(() =>
      runCommand(sampleDesign(), commandFromJson({ name: 'setRulesConfig', params: {} })),
    ).toThrow(CommandError);
  });
});

describe('scenario commands', () => {
  const hot = { id: 'scenario-2', name: 'hot', params: { 'cooling.ambientC': 50 } };

  it('addScenario, updateScenario and removeScenario edit the list, each undoable', () => {
    const before = sampleDesign();
    const added = runCommand(before, addScenario({ scenario: hot }));
    expect(added.doc.scenarios.map((s) => s.id)).toEqual(['scenario-1', 'scenario-2']);
    expect(applyPatches(added.doc, added.inversePatches)).toEqual(before);
    const updated = runCommand(
      added.doc,
      updateScenario({ id: 'scenario-2', changes: { name: 'hotter', params: { x: 1 } } }),
    ).doc;
    expect(updated.scenarios[1]).toEqual({ id: 'scenario-2', name: 'hotter', params: { x: 1 } });
    const renamed = runCommand(
      updated,
      updateScenario({ id: 'scenario-2', changes: { name: 'h' } }),
    ).doc;
    expect(renamed.scenarios[1]?.params).toEqual({ x: 1 });
    const removed = runCommand(renamed, removeScenario({ id: 'scenario-1' }));
    expect(removed.doc.scenarios.map((s) => s.id)).toEqual(['scenario-2']);
    expect(applyPatches(removed.doc, removed.inversePatches)).toEqual(renamed);
    expect(errorsOf(removed.doc)).toEqual([]);
  });

  it('refuses a used id, an unknown id and a non-finite value', () => {
    const doc = sampleDesign();
    expect(() => runCommand(doc, addScenario({ scenario: { ...hot, id: 'u1' } }))).toThrow(
      /id "u1" is already used/,
    );
    expect(() => runCommand(doc, removeScenario({ id: 'nope' }))).toThrow(
      /scenario "nope" does not exist/,
    );
    const bad = commandFromJson({
      name: 'updateScenario',
      params: { id: 'scenario-1', changes: { params: { a: 'warm' } } },
    });
    expect(() => runCommand(doc, bad)).toThrow(/invalid scenario\.params\.a.*found "warm"/);
    expect(doc).toEqual(sampleDesign());
  });
});
