/**
 * Link table: per electrical link the routed length, channel loss, budget, margin, latency,
 * power and energy per bit, whether the loss is the stack-up estimate or a measured Touchstone
 * file ("measured: file.s2p"), formatted exactly as `lightpath analyze` prints them, and a bar
 * chart of the smallest margins against the 0 dB line.
 */
import type { Design } from '../../model/schema';
import type { LinkResult } from '../../engine/resultTypes';
import { badge, escapeHtml, fmt, table } from '../format';
import type { ReportInput, ReportSection } from '../reportTypes';
import { barChartSvg } from '../svg/barChart';

/** Bars in the margin chart: the links with the smallest margins. */
const CHART_LINKS = 16;

function endName(doc: Design, ref: { componentId: string; port: string }): string {
  const name = doc.components.find((c) => c.id === ref.componentId)?.name ?? ref.componentId;
  return `${name}.${ref.port}`;
}

function status(l: LinkResult): string {
  if (!l.routed) return badge('fail', 'NO ROUTE');
  if (l.marginDb === null) return badge('info', 'NO BUDGET');
  return l.passes ? badge('pass', 'PASS') : badge('fail', 'FAIL');
}

/** The link section. */
export function linksSection(input: ReportInput): ReportSection {
  const { doc } = input;
  const links = input.analyses.electrical.links;
  const rows = links.map((l) => [
    escapeHtml(l.id),
    escapeHtml(`${endName(doc, l.from)} → ${endName(doc, l.to)}`),
    `${l.lanes}×${l.laneRateGbps}`,
    fmt(l.lengthMm, 2),
    l.lossSource === 'measured'
      ? `${fmt(l.lossDb, 2)} ${escapeHtml(`(measured: ${l.measuredFile ?? ''})`)}`
      : fmt(l.lossDb, 2),
    fmt(l.budgetDb, 1),
    fmt(l.marginDb, 2),
    fmt(l.latencyNs, 1),
    fmt(l.powerW, 3),
    fmt(l.pjPerBit, 2),
    status(l),
  ]);
  const withMargin = links.filter((l) => l.marginDb !== null);
  const worst = [...withMargin]
    .sort((a, b) => (a.marginDb as number) - (b.marginDb as number))
    .slice(0, CHART_LINKS);
  const chart =
    worst.length > 0
      ? `<figure class="keep">${barChartSvg(
          worst.map((l) => ({
            label: l.id,
            value: l.marginDb as number,
            valueText: `${fmt(l.marginDb, 2)} dB`,
            state: l.passes ? 'pass' : 'fail',
          })),
          680,
          { reference: { value: 0, label: '0 dB' } },
        )}<figcaption>Channel margin (budget − loss) of the ${worst.length} link${worst.length === 1 ? '' : 's'} with the smallest margin.</figcaption></figure>`
      : '';
  return {
    id: 'links',
    title: 'Links',
    html: `<p>${links.length} electrical links. Length is the routed centreline; loss and budget at the lane's Nyquist frequency (docs/MODELS.md, "Channel"); loss is the stack-up estimate unless marked measured from a Touchstone file.</p>${chart}${table(
      [
        'Link',
        'From → to',
        'Lanes×Gb/s',
        'Length mm',
        'Loss dB',
        'Budget dB',
        'Margin dB',
        'Latency ns',
        'Power W',
        'pJ/bit',
        'Status',
      ],
      rows,
      { numeric: [3, 4, 5, 6, 7, 8, 9], className: 'data small', idColumn: true },
    )}`,
  };
}
