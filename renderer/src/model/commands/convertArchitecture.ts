/**
 * Re-lays the open design as another architecture (DSP pluggable, LPO, NPO, CPO A/B/C): the
 * template generator (model/templates) builds the target from the parameters it infers from
 * the design (xPU, capacity, lane rate, ports, engine), and the design keeps its name,
 * author, materials, scenarios, rule settings, review comments (not the template's own) and
 * its own parts. A comment
 * pinned to a component the new layout lacks is re-pinned to the point where that component
 * stood. Own parts the generator makes again under the same id take the generated form.
 * One command, so one undo step restores the design exactly.
 */
import { computeStackHeights } from '../../engine/geometry/stack';
import { defaultPartLibrary } from '../partLibrary';
import { ArchitectureSchema, type Architecture, type Design, type ReviewComment } from '../schema';
import { generateDesign, TemplateError } from '../templates/generateDesign';
import { inferTemplateParams } from '../templates/inferParams';
import { parseTemplateParams } from '../templates/templateParams';
import { CommandError, defineCommand } from './command';
import { baseDesign, parseParam } from './guards';

function reanchored(base: Design, next: Design): ReviewComment[] {
  const kept = new Set(next.components.map((c) => c.id));
  const heights = computeStackHeights(base, defaultPartLibrary()).components;
  return base.comments.map((comment) => {
    if (!('componentId' in comment.anchor) || kept.has(comment.anchor.componentId)) return comment;
    const id = comment.anchor.componentId;
    const gone = base.components.find((c) => c.id === id);
    if (gone === undefined) return comment;
    const z = heights.get(id)?.topMm ?? 0;
    return { ...comment, anchor: { pointMm: { ...gone.positionMm, z } } };
  });
}

/** The generated design for `architecture` from what `base` says, or a CommandError. */
function relaid(base: Design, architecture: Architecture): Design {
  const inferred = inferTemplateParams(base, defaultPartLibrary(), architecture);
  if (!inferred.ok) throw new CommandError(`cannot convert to ${architecture}: ${inferred.reason}`);
  const checked = parseTemplateParams(inferred.params);
  if (!checked.ok) {
    const why = checked.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CommandError(`cannot convert to ${architecture}: ${why}`);
  }
  try {
    return generateDesign(checked.params, defaultPartLibrary());
  } catch (error) {
    if (error instanceof TemplateError) throw new CommandError(error.message);
    throw error;
  }
}

/** Re-lays the design as `architecture` (see the file comment). */
export const convertArchitecture = defineCommand(
  'convertArchitecture',
  (draft, params: { architecture: Architecture }) => {
    const architecture = parseParam(ArchitectureSchema, params.architecture, 'architecture');
    const base = baseDesign(draft);
    const next = relaid(base, architecture);
    const generatedIds = new Set(next.parts.map((p) => p.id));
    draft.meta = { ...next.meta, name: base.meta.name, author: base.meta.author };
    draft.parts = [...base.parts.filter((p) => !generatedIds.has(p.id)), ...next.parts];
    draft.carriers = next.carriers;
    draft.components = next.components;
    draft.links = next.links;
    draft.fibers = next.fibers;
    draft.keepOuts = next.keepOuts;
    draft.cooling = next.cooling;
    draft.comments = reanchored(base, next);
  },
);
