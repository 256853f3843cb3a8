/**
 * The link table as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled). Numbers at full precision; an empty field
 * where a figure does not exist (no route, no budget). Units are in the column names.
 */
import type { ElectricalResult, LinkResult } from '../../engine/resultTypes';

/** Columns of the CSV, in order, with how each is read from a link. */
export const CSV_COLUMNS: readonly (readonly [
  string,
  (l: LinkResult) => string | number | boolean | null,
])[] = [
  ['id', (l) => l.id],
  ['fromComponent', (l) => l.from.componentId],
  ['fromPort', (l) => l.from.port],
  ['toComponent', (l) => l.to.componentId],
  ['toPort', (l) => l.to.port],
  ['lanes', (l) => l.lanes],
  ['laneRateGbps', (l) => l.laneRateGbps],
  ['serdesClass', (l) => l.serdesClass],
  ['routed', (l) => l.routed],
  ['lengthMm', (l) => l.lengthMm],
  ['lossDb', (l) => l.lossDb],
  ['budgetDb', (l) => l.budgetDb],
  ['marginDb', (l) => l.marginDb],
  ['passes', (l) => l.passes],
  ['latencyNs', (l) => l.latencyNs],
  ['powerW', (l) => l.powerW],
  ['pjPerBit', (l) => l.pjPerBit],
];

/** One CSV field. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The link table of an electrical result as CSV text. */
export function metricsCsv(result: ElectricalResult): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const link of result.links)
    lines.push(CSV_COLUMNS.map(([, read]) => csvField(read(link))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
