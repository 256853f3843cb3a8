/**
 * Appendix: the models behind every figure (with the docs/MODELS.md section that documents
 * them), the assumptions of this run, and the source ids of the data of every part used
 * (resolved in docs/DATA-SOURCES.md).
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { BoundaryTarget, Design } from '../../model/schema';
import { escapeHtml, fmt, table } from '../format';
import type { ReportInput, ReportSection } from '../reportTypes';

const MODELS: readonly (readonly [string, string, string])[] = [
  [
    'Routing',
    'Shortest rectilinear route on the common carrier (Hanan-grid A*), 45° mitred corners where the medium allows',
    'engine/routing',
  ],
  [
    'Channel',
    'Loss per mm of each medium at the Nyquist frequency plus discrete crossing losses, against the reach-class or LPO host budget',
    'engine/channel',
  ],
  [
    'Power',
    'Energy per bit of SerDes, DSP, driver/TIA, modulator and laser times the payload rate; DSP-pluggable baseline of the same links',
    'engine/power',
  ],
  [
    'Latency',
    'SerDes, DSP and FEC latency plus propagation in each medium and in fiber',
    'engine/latency',
  ],
  [
    'Thermal',
    'Steady 3D conduction, finite volumes on a graded mesh, multigrid-preconditioned CG; heatsinks as face resistances',
    'engine/thermal',
  ],
  [
    'Serviceability',
    'FRU class, replacement unit, MTTR, cost and FIT per component; 100-point score with four deductions',
    'engine/service',
  ],
  [
    'Design rules',
    'Overlap, off-carrier, spacing, keep-out, fiber bend, OE distance, shoreline, channel budget, temperature limit',
    'engine/rules',
  ],
];

function partSources(doc: Design, partLibrary: PartLibrary): string[][] {
  const library = designParts(doc, partLibrary);
  const used = [...new Set(doc.components.map((c) => c.partId))].sort();
  return used.flatMap((id) => {
    const part = library.get(id);
    if (!part) return [];
    const byId = new Map<string, string[]>();
    for (const [field, source] of Object.entries(part.sources))
      byId.set(source, [...(byId.get(source) ?? []), field]);
    const list = [...byId.entries()].map(
      ([source, fields]) => `<code>${escapeHtml(source)}</code> (${escapeHtml(fields.join(', '))})`,
    );
    return [[escapeHtml(part.id), escapeHtml(part.name), list.join('; ')]];
  });
}

function describeTarget(target: BoundaryTarget): string {
  if (target.kind === 'components') return `top of ${target.componentIds.join(', ')}`;
  if (target.kind === 'carrier') return `${target.face} of carrier ${target.carrierId}`;
  return `${target.face} of region ${target.regionId} of ${target.carrierId}`;
}

/** The appendix section. */
export function appendixSection(input: ReportInput): ReportSection {
  const { doc } = input;
  const models = table(
    ['Model', 'What it computes', 'Code'],
    MODELS.map(([name, what, code]) => [name, escapeHtml(what), `<code>${code}</code>`]),
  );
  const sinks = doc.cooling.boundaries.map((h) => {
    const rating =
      h.rating.kind === 'resistance'
        ? `${fmt(h.rating.kPerW, 3)} K/W`
        : `${fmt(h.rating.wPerM2K, 0)} W/(m²·K)`;
    return `${h.kind} ${h.id} (${describeTarget(h.target)}): ${rating} to ${fmt(h.coolantC, 1)} °C coolant`;
  });
  const { topHtcWm2K, bottomHtcWm2K, sidesHtcWm2K } = doc.cooling.exposed;
  const rules =
    doc.rules && Object.keys(doc.rules).length > 0 ? JSON.stringify(doc.rules) : 'all defaults';
  const assumptions = [
    `Ambient ${fmt(doc.cooling.ambientC, 1)} °C; exposed faces top ${fmt(topHtcWm2K, 1)}, bottom ${fmt(bottomHtcWm2K, 1)}, sides ${fmt(sidesHtcWm2K, 1)} W/(m²·K) (0 = adiabatic).`,
    ...sinks.map((s) => `${s}.`),
    `Thermal mesh preset: ${input.analyses.thermal ? (input.analyses.thermalPreset ?? input.analyses.thermal.grid.preset) : 'not run'}.`,
    `Design-rule thresholds: ${rules}.`,
    'Lengths are routed centrelines; power counts link functions only (no switch core, fans or conversion losses).',
  ];
  return {
    id: 'appendix',
    title: 'Appendix: models, assumptions and sources',
    html: `<h3>Models</h3><p>Each model is documented, with its equations and sources, in docs/MODELS.md under the same name.</p>${models}<h3>Assumptions of this run</h3><ul>${assumptions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul><h3>Data sources of the parts used</h3><p>Source ids resolve to citations in docs/DATA-SOURCES.md; data-table defaults (loss per mm, energy per bit, latency, materials) carry their own ids there.</p>${table(['Part', 'Name', 'Sources (fields)'], partSources(doc, input.library), { className: 'data small' })}`,
  };
}
