/**
 * Text helpers of the report: HTML escaping and number formatting. Numbers are formatted
 * with `toFixed` exactly as `lightpath analyze` prints them, so a reviewer can match the
 * report against the CLI figure by figure.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element body or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A number with `digits` decimals, or an em dash for a missing figure. */
export function fmt(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(digits);
}

/** Like {@link fmt} with a leading + on positive values. */
export function fmtSigned(value: number | null | undefined, digits: number): string {
  const text = fmt(value, digits);
  return value !== null && value !== undefined && value > 0 ? `+${text}` : text;
}

/** An integer with thin-space thousands separators (e.g. 51 200). */
export function fmtInt(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

/** A pass/fail/warn badge. */
export function badge(state: 'pass' | 'fail' | 'warn' | 'info', text: string): string {
  return `<span class="badge ${state}">${escapeHtml(text)}</span>`;
}

/** A table from a header row and body rows of pre-escaped HTML cells; `numeric` columns align right. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: {
    numeric?: readonly number[];
    nowrap?: readonly number[];
    className?: string;
    idColumn?: boolean;
  } = {},
): string {
  const numeric = new Set(options.numeric ?? []);
  const cell = (tag: 'th' | 'td', html: string, i: number) => {
    const cls = numeric.has(i)
      ? 'num'
      : (i === 0 && options.idColumn) || options.nowrap?.includes(i)
        ? 'id'
        : '';
    return `<${tag}${cls ? ` class="${cls}"` : ''}>${html}</${tag}>`;
  };
  const head = `<thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('');
  return `<table class="${options.className ?? 'data'}">${head}<tbody>${body}</tbody></table>`;
}
