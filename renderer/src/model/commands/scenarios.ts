/**
 * Scenario commands: named sets of parameter values (`{ "cooling.ambientC": 45 }`) stored
 * with the design (`doc.scenarios`). Ids are unique across the whole document.
 */
import { collectIds } from '../ids';
import { ScenarioSchema, type Scenario } from '../schema';
import { defineCommand } from './command';
import { baseDesign, findById, requireFreeId } from './guards';
import { parseField } from './stackChecks';

/** Adds a scenario at the end of the list; its id must be new. */
export const addScenario = defineCommand('addScenario', (draft, params: { scenario: Scenario }) => {
  const scenario = parseField(ScenarioSchema, params.scenario, 'scenario');
  requireFreeId(collectIds(baseDesign(draft)), scenario.id);
  draft.scenarios.push(scenario);
});

/** Changes a scenario's name and/or replaces its parameter values (the id stays). */
export const updateScenario = defineCommand(
  'updateScenario',
  (draft, params: { id: string; changes: Partial<Omit<Scenario, 'id'>> }) => {
    const current = findById(draft.scenarios, params.id, 'scenario');
    const { name, params: values } = params.changes ?? {};
    const next = parseField(
      ScenarioSchema,
      { id: current.id, name: name ?? current.name, params: values ?? current.params },
      'scenario',
    );
    current.name = next.name;
    current.params = next.params;
  },
);

/** Removes a scenario (undo brings it back at the same place in the list). */
export const removeScenario = defineCommand('removeScenario', (draft, params: { id: string }) => {
  findById(draft.scenarios, params.id, 'scenario');
  const index = draft.scenarios.findIndex((s) => s.id === params.id);
  draft.scenarios.splice(index, 1);
});
