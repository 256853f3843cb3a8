/**
 * Commands for the design's own part definitions (`Design.parts`) and materials
 * (`Design.materials`): add, replace and remove them, and import a part library file's
 * parts and materials at once. Each parses its input with the schema, then runs the
 * semantic checks of partChecks.ts; a refusal leaves the document untouched.
 */
import type { Draft } from 'immer';
import { MATERIALS } from '../materials';
import { PartSchema, type Part } from '../partSchema';
import { CustomMaterialSchema, type CustomMaterial, type Design } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign } from './guards';
import { checkPartDefinition } from './partChecks';
import { parseWithValue, normalizeNumbersDeep } from './partParams';

function parsePart(value: unknown, what = 'part'): Part {
  return normalizeNumbersDeep(parseWithValue(PartSchema, value, what));
}

function parseMaterial(value: unknown, what = 'material'): CustomMaterial {
  const material = normalizeNumbersDeep(parseWithValue(CustomMaterialSchema, value, what));
  if (MATERIALS.has(material.key)) {
    throw new CommandError(
      `${what}.key: "${material.key}" is a built-in material; a design material needs a key of its own`,
    );
  }
  return material;
}

/** "U1 (cmp-1), U2 (cmp-2)" for the components that use part `partId`. */
function usersOf(doc: Design, partId: string): string {
  return doc.components
    .filter((c) => c.partId === partId)
    .map((c) => `${c.name || c.id} (${c.id})`)
    .join(', ');
}

function partIndex(draft: Draft<Design>, id: string): number {
  const index = baseDesign(draft).parts.findIndex((p) => p.id === id);
  if (index < 0) throw new CommandError(`part definition "${id}" does not exist in the design`);
  return index;
}

/** Adds a part definition to the design; its id must be new among the design's parts. */
export const addPartDefinition = defineCommand(
  'addPartDefinition',
  (draft, params: { part: Part }) => {
    const part = parsePart(params.part);
    const doc = baseDesign(draft);
    if (doc.parts.some((p) => p.id === part.id)) {
      throw new CommandError(`part.id: "${part.id}" is already a part of this design`);
    }
    checkPartDefinition(part, doc.materials);
    draft.parts.push(part);
  },
);

/** Ports of `before` that links or fibers of components using the part still need. */
function missingPorts(doc: Design, id: string, next: Part): string[] {
  const users = new Set(doc.components.filter((c) => c.partId === id).map((c) => c.id));
  const ports = new Set(next.ports.map((p) => p.id));
  const ends = [
    ...doc.links.flatMap((l) => [l.from, l.to]),
    ...doc.fibers.flatMap((f) => (f.to ? [f.from, f.to] : [f.from])),
  ];
  const missing = ends
    .filter((e) => users.has(e.componentId) && !ports.has(e.port))
    .map((e) => `${e.componentId}.${e.port}`);
  return [...new Set(missing)];
}

/**
 * Replaces the whole definition of the design part `id` with `part`; the id stays `id`
 * whatever `part.id` says. Refused when a link or fiber still ends on a port it drops.
 */
export const updatePartDefinition = defineCommand(
  'updatePartDefinition',
  (draft, params: { id: string; part: Part }) => {
    const index = partIndex(draft, params.id);
    const part = { ...parsePart(params.part), id: params.id };
    const doc = baseDesign(draft);
    checkPartDefinition(part, doc.materials);
    const missing = missingPorts(doc, params.id, part);
    if (missing.length > 0) {
      throw new CommandError(
        `part.ports: links or fibers still end on ${missing.join(', ')}; keep those ports or delete the links first`,
      );
    }
    draft.parts[index] = part;
  },
);

/** Removes the design part `id`; refused while components use it (they are named). */
export const removePartDefinition = defineCommand(
  'removePartDefinition',
  (draft, params: { id: string }) => {
    const index = partIndex(draft, params.id);
    const users = usersOf(baseDesign(draft), params.id);
    if (users !== '') {
      throw new CommandError(
        `part "${params.id}" is used by ${users}; delete or change those components first`,
      );
    }
    draft.parts.splice(index, 1);
  },
);

/** Where material `key` is used: carrier layers, regions and part layers, as paths. */
export function materialUses(doc: Design, key: string): string[] {
  const uses: string[] = [];
  doc.carriers.forEach((carrier, c) =>
    carrier.layers.forEach((layer, l) => {
      if (layer.material === key) uses.push(`carriers[${c}].layers[${l}] (${carrier.id})`);
      (layer.regions ?? []).forEach((r) => {
        if (r.material === key) uses.push(`region ${r.id} of ${carrier.id}`);
      });
    }),
  );
  doc.parts.forEach((part) =>
    part.layers.forEach((layer, l) => {
      if (layer.material === key) uses.push(`part ${part.id} layers[${l}]`);
    }),
  );
  return uses;
}

/** Adds a design material; its key must be new and must not shadow a built-in key. */
export const addMaterial = defineCommand(
  'addMaterial',
  (draft, params: { material: CustomMaterial }) => {
    const material = parseMaterial(params.material);
    if (baseDesign(draft).materials.some((m) => m.key === material.key)) {
      throw new CommandError(`material.key: "${material.key}" is already a design material`);
    }
    draft.materials.push(material);
  },
);

/** Replaces the design material `key` (the key stays). */
export const updateMaterial = defineCommand(
  'updateMaterial',
  (draft, params: { key: string; material: CustomMaterial }) => {
    const index = baseDesign(draft).materials.findIndex((m) => m.key === params.key);
    if (index < 0) throw new CommandError(`design material "${params.key}" does not exist`);
    draft.materials[index] = { ...parseMaterial(params.material), key: params.key };
  },
);

/** Removes the design material `key`; refused while a layer, region or part layer uses it. */
export const removeMaterial = defineCommand('removeMaterial', (draft, params: { key: string }) => {
  const doc = baseDesign(draft);
  const index = doc.materials.findIndex((m) => m.key === params.key);
  if (index < 0) throw new CommandError(`design material "${params.key}" does not exist`);
  const uses = materialUses(doc, params.key);
  if (uses.length > 0) {
    throw new CommandError(`material "${params.key}" is used by ${uses.join(', ')}`);
  }
  draft.materials.splice(index, 1);
});

/**
 * Adds a part library's parts and materials to the design. Refused, naming them, when a
 * part id is already a design part, or a material key is a design material with other
 * values (an identical material is kept once).
 */
export const importPartLibrary = defineCommand(
  'importPartLibrary',
  (draft, params: { parts: readonly Part[]; materials: readonly CustomMaterial[] }) => {
    const doc = baseDesign(draft);
    const materials = params.materials.map((m, i) => parseMaterial(m, `materials[${i}]`));
    const parts = params.parts.map((p, i) => parsePart(p, `parts[${i}]`));
    const clashes = parts.filter((p) => doc.parts.some((own) => own.id === p.id));
    if (clashes.length > 0) {
      const ids = clashes.map((p) => `"${p.id}"`).join(', ');
      throw new CommandError(`parts ${ids} are already parts of this design; nothing imported`);
    }
    const fresh: CustomMaterial[] = [];
    for (const m of materials) {
      const own = [...doc.materials, ...fresh].find((o) => o.key === m.key);
      if (own === undefined) fresh.push(m);
      else if (JSON.stringify(own) !== JSON.stringify(m)) {
        throw new CommandError(
          `material "${m.key}" is already a design material with other values; nothing imported`,
        );
      }
    }
    const allMaterials = [...doc.materials, ...fresh];
    const seen = new Set<string>();
    parts.forEach((part, i) => {
      if (seen.has(part.id)) throw new CommandError(`parts[${i}].id: "${part.id}" appears twice`);
      seen.add(part.id);
      checkPartDefinition(part, allMaterials, `parts[${i}]`);
    });
    draft.materials.push(...fresh);
    draft.parts.push(...parts);
  },
);
