/**
 * Every document command, by family. Each is a factory `name(params) → Command`; run one
 * with `runCommand(doc, command)` or through the history (../history.ts).
 */
export { CommandError, defineCommand, runCommand } from './command';
export type { Command, CommandResult } from './command';
export { movePart, moveParts, rotatePart, rotateParts } from './placement';
export { alignComponents, distributeComponents } from './align';
export type { AlignEdge, DistributeAxis, HalfExtentMm } from './align';
export { setPartProperty } from './componentProperties';
export type { PartPropertyChanges } from './componentProperties';
export { addComponent, deleteComponents, duplicateComponents } from './components';
export type { DuplicateParams } from './components';
export { addLink, deleteLinks, setLinkMeasuredLoss, updateLink } from './links';
export { addComment, deleteComment, editCommentText, setCommentStatus } from './comments';
export { setCooling, setMeta } from './designSettings';
export {
  addCoolingBoundary,
  removeCoolingBoundary,
  setAmbient,
  setExposedFaces,
  updateCoolingBoundary,
} from './cooling';
export { addKeepOut, deleteKeepOut } from './keepOuts';
export {
  addFiber,
  insertFiberWaypoint,
  moveFiberWaypoint,
  removeFiberWaypoint,
  removeFibers,
  setFiberWaypoints,
  updateFiber,
} from './fibers';
export type { FiberChanges } from './fibers';
export {
  addMaterial,
  addPartDefinition,
  importPartLibrary,
  removeMaterial,
  removePartDefinition,
  updateMaterial,
  updatePartDefinition,
} from './partDefinitions';
export {
  addCarrier,
  moveCarrier,
  removeCarrier,
  resizeCarrier,
  setCarrierProperties,
} from './carriers';
export { addLayer, moveLayer, removeLayer, setLayer } from './layers';
export type { LayerChanges } from './layers';
export { addRegion, removeRegion, updateRegion } from './regions';
export type { RegionChanges } from './regions';
export { setRulesConfig } from './rulesConfig';
export type { RulesConfigChanges } from './rulesConfig';
export { addScenario, removeScenario, updateScenario } from './scenarios';
export { convertArchitecture } from './convertArchitecture';
export { COMMAND_FACTORIES, commandFromJson } from './registry';
