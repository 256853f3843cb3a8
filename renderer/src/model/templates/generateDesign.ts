/**
 * The template generator: a coherent design for any checked TemplateParams, laid out the way
 * its architecture really does it. Pure and deterministic (no clock, no randomness): the
 * same parameters and part library always give the same document, so the shipped examples
 * (assets/examples) are exactly its output for their parameters.
 */
import type { PartLibrary } from '../partSchema';
import type { Design } from '../schema';
import { cpoADesign, cpoBDesign, cpoCDesign } from './cpo';
import { npoDesign } from './npo';
import { pluggableDesign } from './pluggable';
import { templateContext } from './templateContext';
import { TemplateParamsSchema, type TemplateParams } from './templateParams';

/** Parameters the generator refuses, with every problem's field and reason. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * Generates the design for `params` with parts from `library`. Throws a TemplateError
 * naming the field for parameters that do not check.
 */
export function generateDesign(params: TemplateParams, library: PartLibrary): Design {
  const checked = TemplateParamsSchema.safeParse(params);
  if (!checked.success) {
    const text = checked.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`);
    throw new TemplateError(`invalid template parameters: ${text.join('; ')}`);
  }
  const ctx = templateContext(checked.data, library);
  switch (ctx.params.architecture) {
    case 'dsp-pluggable':
      return pluggableDesign(ctx, false);
    case 'lpo':
      return pluggableDesign(ctx, true);
    case 'npo':
      return npoDesign(ctx);
    case 'cpo-a':
      return cpoADesign(ctx);
    case 'cpo-b':
      return cpoBDesign(ctx);
    case 'cpo-c':
      return cpoCDesign(ctx);
  }
}
