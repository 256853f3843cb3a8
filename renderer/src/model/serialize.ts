/**
 * Deterministic serialisation of a design, so files diff well in version control:
 * - keys in the schema's declared order (unknown keys after them, sorted);
 * - numbers rounded to 1e-9 (a femtometre in mm) and `-0` written as `0`;
 * - `undefined` members dropped; 2-space indent; one trailing newline.
 * `serializeDesign` is idempotent through a parse, and `JSON.parse(serializeDesign(d))`
 * deep-equals `d` whenever d's numbers already sit on the 1e-9 grid.
 */
import { z } from 'zod';
import { normalizeNumber } from './numbers';
import { DesignSchema, type Design } from './schema';

export { normalizeNumber } from './numbers';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** What the schema says about a value's children, computed once per schema node. */
interface Guide {
  /** Element schema of an array. */
  readonly element?: z.ZodType;
  /** Value schema of a record (keys are free and sorted). */
  readonly recordValue?: z.ZodType;
  /** Object shapes: one for an object, one per option for a union of objects. */
  readonly shapes: readonly (Readonly<Record<string, z.ZodType>> & object)[];
}

const guides = new WeakMap<z.ZodType, Guide>();
const NO_GUIDE: Guide = { shapes: [] };

function guideOf(schema: z.ZodType | undefined): Guide {
  if (schema === undefined) return NO_GUIDE;
  const cached = guides.get(schema);
  if (cached) return cached;
  const inner = unwrap(schema);
  let guide: Guide = NO_GUIDE;
  if (inner instanceof z.ZodArray) guide = { element: inner.element as z.ZodType, shapes: [] };
  else if (inner instanceof z.ZodRecord)
    guide = { recordValue: inner.valueType as z.ZodType, shapes: [] };
  else if (inner instanceof z.ZodObject)
    guide = { shapes: [inner.shape as Record<string, z.ZodType>] };
  else if (inner instanceof z.ZodUnion) {
    const options = (inner.options as readonly z.ZodType[]).map(unwrap);
    const shapes = options.flatMap((o) =>
      o instanceof z.ZodObject ? [o.shape as Record<string, z.ZodType>] : [],
    );
    guide = { shapes };
  }
  guides.set(schema, guide);
  return guide;
}

/** The shape (if any) that best describes `record`: for unions, the option sharing most keys. */
function shapeFor(guide: Guide, record: object): Readonly<Record<string, z.ZodType>> {
  if (guide.shapes.length <= 1) return guide.shapes[0] ?? {};
  let best = guide.shapes[0] ?? {};
  let bestScore = -1;
  for (const shape of guide.shapes) {
    const score = Object.keys(record).filter((k) => Object.hasOwn(shape, k)).length;
    if (score > bestScore) {
      best = shape;
      bestScore = score;
    }
  }
  return best;
}

/** Returns a copy of `value` with keys ordered and numbers normalised, guided by `schema`. */
function canonical(value: unknown, schema: z.ZodType | undefined): unknown {
  if (typeof value === 'number') return normalizeNumber(value);
  if (value === null || typeof value !== 'object') return value;
  const guide = guideOf(schema);
  if (Array.isArray(value)) return value.map((item: unknown) => canonical(item, guide.element));
  const record = value as Record<string, unknown>;
  const shape = shapeFor(guide, record);
  const out: Record<string, unknown> = {};
  const put = (key: string, childSchema: z.ZodType | undefined) => {
    const member = record[key];
    if (member === undefined) return;
    const child = canonical(member, childSchema);
    // A key named "__proto__" must stay a plain member, not set the prototype.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else out[key] = child;
  };
  for (const key in shape) if (Object.hasOwn(record, key)) put(key, shape[key]);
  const unknown = Object.keys(record).filter((k) => !Object.hasOwn(shape, k));
  for (const key of unknown.sort()) put(key, guide.recordValue);
  return out;
}

/** Serialises a design to its canonical text (see the file comment for the rules). */
export function serializeDesign(doc: Design): string {
  return `${JSON.stringify(canonical(doc, DesignSchema), null, 2)}\n`;
}
