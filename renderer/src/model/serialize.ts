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

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
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

/** The object schema (if any) that best describes `value`: for unions, the best-matching option. */
function objectSchemaFor(schema: z.ZodType | undefined, value: object): z.ZodObject | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner;
  if (inner instanceof z.ZodUnion) {
    let best: z.ZodObject | undefined;
    let bestScore = -1;
    for (const option of inner.options as readonly z.ZodType[]) {
      const candidate = unwrap(option);
      if (!(candidate instanceof z.ZodObject)) continue;
      const score = Object.keys(value).filter((k) => k in candidate.shape).length;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
  return undefined;
}

function childSchemaOfRecord(schema: z.ZodType | undefined): z.ZodType | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodRecord ? (inner.valueType as z.ZodType) : undefined;
}

/** Returns a copy of `value` with keys ordered and numbers normalised, guided by `schema`. */
function canonical(value: unknown, schema: z.ZodType | undefined): unknown {
  if (typeof value === 'number') return normalizeNumber(value);
  if (Array.isArray(value)) {
    const inner = unwrap(schema);
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item: unknown) => canonical(item, element));
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const objectSchema = objectSchemaFor(schema, record);
  const shape = (objectSchema?.shape ?? {}) as Record<string, z.ZodType>;
  const known = Object.keys(shape).filter((k) => Object.hasOwn(record, k));
  const unknown = Object.keys(record)
    .filter((k) => !Object.hasOwn(shape, k))
    .sort();
  const recordValue = childSchemaOfRecord(schema);
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...unknown]) {
    const member = record[key];
    if (member === undefined) continue;
    // defineProperty, not assignment: a key named "__proto__" must stay a plain member.
    Object.defineProperty(out, key, {
      value: canonical(member, shape[key] ?? recordValue),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Serialises a design to its canonical text (see the file comment for the rules). */
export function serializeDesign(doc: Design): string {
  return `${JSON.stringify(canonical(doc, DesignSchema), null, 2)}\n`;
}
