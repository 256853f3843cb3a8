/**
 * Every command factory by name, so a command saved as JSON (`{ name, params }`: a macro, a
 * test script, a CLI replay) can be turned back into a runnable Command.
 */
import { alignComponents, distributeComponents } from './align';
import { CommandError, type Command } from './command';
import { addComment, deleteComment, editCommentText, setCommentStatus } from './comments';
import { setPartProperty } from './componentProperties';
import { convertArchitecture } from './convertArchitecture';
import {
  addCarrier,
  moveCarrier,
  removeCarrier,
  resizeCarrier,
  setCarrierProperties,
} from './carriers';
import { addLayer, moveLayer, removeLayer, setLayer } from './layers';
import { addRegion, removeRegion, updateRegion } from './regions';
import { addComponent, deleteComponents, duplicateComponents } from './components';
import {
  addCoolingBoundary,
  removeCoolingBoundary,
  setAmbient,
  setExposedFaces,
  updateCoolingBoundary,
} from './cooling';
import { setCooling, setMeta } from './designSettings';
import {
  addFiber,
  insertFiberWaypoint,
  moveFiberWaypoint,
  removeFiberWaypoint,
  removeFibers,
  setFiberWaypoints,
  updateFiber,
} from './fibers';
import { addKeepOut, deleteKeepOut } from './keepOuts';
import { addLink, deleteLinks, setLinkMeasuredLoss, updateLink } from './links';
import {
  addMaterial,
  addPartDefinition,
  importPartLibrary,
  removeMaterial,
  removePartDefinition,
  updateMaterial,
  updatePartDefinition,
} from './partDefinitions';
import { movePart, moveParts, rotatePart, rotateParts } from './placement';
import { setRulesConfig } from './rulesConfig';
import { addScenario, removeScenario, updateScenario } from './scenarios';

type Factory = (params: never) => Command<unknown>;

/** Command name → factory; the name equals the factory's `Command.name`. */
export const COMMAND_FACTORIES: Readonly<Record<string, Factory>> = {
  movePart,
  moveParts,
  rotatePart,
  rotateParts,
  alignComponents,
  distributeComponents,
  setPartProperty,
  addComponent,
  deleteComponents,
  duplicateComponents,
  addLink,
  deleteLinks,
  updateLink,
  setLinkMeasuredLoss,
  addComment,
  setCommentStatus,
  editCommentText,
  deleteComment,
  setMeta,
  setCooling,
  addCoolingBoundary,
  updateCoolingBoundary,
  removeCoolingBoundary,
  setExposedFaces,
  setAmbient,
  addKeepOut,
  deleteKeepOut,
  addFiber,
  updateFiber,
  removeFibers,
  setFiberWaypoints,
  moveFiberWaypoint,
  insertFiberWaypoint,
  removeFiberWaypoint,
  addPartDefinition,
  updatePartDefinition,
  removePartDefinition,
  addMaterial,
  updateMaterial,
  removeMaterial,
  importPartLibrary,
  addCarrier,
  removeCarrier,
  moveCarrier,
  resizeCarrier,
  setCarrierProperties,
  addLayer,
  removeLayer,
  moveLayer,
  setLayer,
  addRegion,
  updateRegion,
  removeRegion,
  setRulesConfig,
  addScenario,
  updateScenario,
  removeScenario,
  convertArchitecture,
} as Record<string, Factory>;

/**
 * Rebuilds a command from its JSON form `{ name, params }`. Throws a CommandError for an
 * unknown name. Parameters from JSON are untrusted: when the command runs, any failure of
 * its recipe on them (not only its own checks) surfaces as a CommandError.
 */
export function commandFromJson(value: { name: string; params: unknown }): Command<unknown> {
  const factory = Object.hasOwn(COMMAND_FACTORIES, value.name)
    ? COMMAND_FACTORIES[value.name]
    : undefined;
  if (factory === undefined) throw new CommandError(`unknown command "${value.name}"`);
  const command = factory(value.params as never);
  return {
    ...command,
    recipe: (draft, params) => {
      try {
        command.recipe(draft, params);
      } catch (error) {
        if (error instanceof CommandError) throw error;
        throw new CommandError(`invalid parameters for ${value.name}: ${String(error)}`);
      }
    },
  };
}
