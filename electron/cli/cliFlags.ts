/**
 * Parsing of `--name value` options for the compare and sweep commands.
 */

/** Parsed arguments: positional words and option values by name. */
export interface ParsedFlags {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly switches: Set<string>;
  /** First problem met (unknown option, missing value), or null. */
  readonly error: string | null;
}

/** Splits `args` given the options that take a value and the ones that do not. */
export function parseFlags(
  args: readonly string[],
  withValue: readonly string[],
  switches: readonly string[],
): ParsedFlags {
  const out: ParsedFlags = { positional: [], values: new Map(), switches: new Set(), error: null };
  let error: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) out.positional.push(arg);
    else if (switches.includes(arg)) out.switches.add(arg);
    else if (withValue.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) error ??= `${arg} needs a value`;
      else out.values.set(arg, value);
      i++;
    } else error ??= `unknown option ${arg}`;
  }
  return { ...out, error };
}

/** The number in `text`, or null when it is not a finite number. */
export function finiteNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
