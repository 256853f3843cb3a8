/**
 * Keep-out commands: rectangles on a carrier (global mm) where routing and/or placement
 * is forbidden.
 */
import { collectIds } from '../ids';
import { MAX_COORDINATE_MM } from '../limits';
import { KeepOutSchema, type KeepOut } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, parseParam, requireAll, requireFreeId } from './guards';

/** Adds a keep-out on an existing carrier; its id must be new (ids.ts `ID_PREFIX.keepOut`). */
export const addKeepOut = defineCommand('addKeepOut', (draft, params: { keepOut: KeepOut }) => {
  const keepOut = parseParam(KeepOutSchema, params.keepOut, 'keepOut');
  requireFreeId(collectIds(baseDesign(draft)), keepOut.id);
  if (!draft.carriers.some((carrier) => carrier.id === keepOut.carrierId)) {
    throw new CommandError(`carrier "${keepOut.carrierId}" does not exist`);
  }
  const { x, y, width, depth } = keepOut.rectMm;
  if ([x, y, x + width, y + depth].some((v) => Math.abs(v) > MAX_COORDINATE_MM)) {
    throw new CommandError(`keep-out "${keepOut.id}" reaches beyond ±${MAX_COORDINATE_MM} mm`);
  }
  draft.keepOuts.push(keepOut);
});

/** Deletes the keep-outs with the given ids. */
export const deleteKeepOut = defineCommand(
  'deleteKeepOut',
  (draft, params: { ids: readonly string[] }) => {
    requireAll(draft.keepOuts, params.ids, 'keep-out');
    const gone = new Set(params.ids);
    draft.keepOuts = draft.keepOuts.filter((keepOut) => !gone.has(keepOut.id));
  },
);
