/**
 * Design-rule thresholds of the design (`doc.rules`, model/schema.ts RulesConfigSchema): one
 * command sets or clears any of its keys. The merged object is validated against the schema,
 * so no command can write a threshold the loader would refuse.
 */
import { RulesConfigSchema, type RulesConfig } from '../schema';
import { CommandError, defineCommand } from './command';
import { parseField } from './stackChecks';

/** Keys the rules object takes, in schema order. */
const RULE_KEYS = Object.keys(RulesConfigSchema.shape) as (keyof RulesConfig)[];

/** A change per key: the new value, or null to clear the key (back to its default). */
export type RulesConfigChanges = {
  readonly [K in keyof RulesConfig]?: RulesConfig[K] | null;
};

/**
 * Sets the given rule thresholds (`{ minSpacingMm: 0.2 }`) and clears those given as null
 * (`{ oeMaxDistanceMm: null }`). An unknown key or a value out of range is refused, naming
 * the key, the value and what is allowed. Clearing every key removes `rules` altogether.
 */
export const setRulesConfig = defineCommand(
  'setRulesConfig',
  (draft, params: { changes: RulesConfigChanges }) => {
    const changes: Record<string, unknown> = params.changes;
    if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
      throw new CommandError(
        `rules: expected an object of changes, found ${JSON.stringify(changes)}`,
      );
    }
    const merged: Record<string, unknown> = { ...draft.rules };
    for (const [key, value] of Object.entries(changes)) {
      if (!(RULE_KEYS as string[]).includes(key)) {
        throw new CommandError(
          `rules.${key}: unknown rule setting; expected one of ${RULE_KEYS.join(', ')}`,
        );
      }
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const next = parseField(RulesConfigSchema.strict(), merged, 'rules');
    if (Object.keys(next).length === 0) delete draft.rules;
    else draft.rules = next;
  },
);
