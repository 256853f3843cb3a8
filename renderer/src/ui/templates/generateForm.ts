/**
 * The Generate form's values (text as typed), their defaults, and how they become template
 * parameters: numbers parsed, the "auto" engine resolved for the lane rate, and every
 * refusal of the parameter schema keyed by the field it names.
 */
import type { Architecture, CarrierKind } from '../../model/schema';
import {
  exampleParams,
  parseTemplateParams,
  type ParamIssue,
  type TemplateParams,
} from '../../model/templates';

/** Engine choice: a library engine, one matching the lane rate, or the design's own. */
export type EngineChoice = 'auto' | 'oe-800g' | 'oe-1t6' | 'oe-3t2' | 'own';

/** What the form holds; numbers as typed. */
export interface GenerateValues {
  readonly architecture: Architecture;
  readonly xpuKind: 'switch' | 'gpu';
  readonly powerW: string;
  readonly sizeX: string;
  readonly sizeY: string;
  readonly capacityTbps: string;
  readonly laneRateGbps: '106.25' | '212.5';
  readonly lanesPerPort: string;
  readonly engine: EngineChoice;
  readonly engineCount: string;
  readonly engineX: string;
  readonly engineY: string;
  readonly enginePowerW: string;
  /** '' for the architecture's own carrier. */
  readonly carrierKind: '' | CarrierKind;
}

/** The defaults: the shipped 51.2T switch as CPO Type B at 224G. */
export const DEFAULT_VALUES: GenerateValues = {
  architecture: 'cpo-b',
  xpuKind: 'switch',
  powerW: '500',
  sizeX: '80',
  sizeY: '80',
  capacityTbps: '51.2',
  laneRateGbps: '212.5',
  lanesPerPort: '8',
  engine: 'auto',
  engineCount: '32',
  engineX: '12',
  engineY: '16',
  enginePowerW: '7',
  carrierKind: '',
};

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The parameters the values say (unchecked). */
export function valuesToParams(v: GenerateValues): unknown {
  const rate = Number(v.laneRateGbps) as TemplateParams['laneRateGbps'];
  const auto = exampleParams(v.architecture, rate).opticalEngine;
  const opticalEngine =
    v.engine === 'own'
      ? {
          kind: 'own',
          count: num(v.engineCount),
          sizeMm: { x: num(v.engineX), y: num(v.engineY) },
          powerW: num(v.enginePowerW),
        }
      : v.engine === 'auto'
        ? auto
        : { kind: 'library', partId: v.engine };
  return {
    architecture: v.architecture,
    xpu: { kind: v.xpuKind, powerW: num(v.powerW), sizeMm: { x: num(v.sizeX), y: num(v.sizeY) } },
    capacityTbps: num(v.capacityTbps),
    laneRateGbps: rate,
    lanesPerPort: num(v.lanesPerPort),
    opticalEngine,
    ...(v.carrierKind ? { carrierKind: v.carrierKind } : {}),
  };
}

/** Form field of each parameter path (the first two path steps, dotted). */
const FIELD_OF: Record<string, keyof GenerateValues> = {
  architecture: 'architecture',
  'xpu.kind': 'xpuKind',
  'xpu.powerW': 'powerW',
  'xpu.sizeMm': 'sizeX',
  capacityTbps: 'capacityTbps',
  laneRateGbps: 'laneRateGbps',
  lanesPerPort: 'lanesPerPort',
  'opticalEngine.partId': 'engine',
  'opticalEngine.kind': 'engine',
  'opticalEngine.count': 'engineCount',
  'opticalEngine.sizeMm': 'engineX',
  'opticalEngine.powerW': 'enginePowerW',
  carrierKind: 'carrierKind',
};

function fieldOf(issue: ParamIssue): keyof GenerateValues {
  const path = issue.path.map(String);
  if (path[0] === 'xpu' && path[1] === 'sizeMm' && path[2] === 'y') return 'sizeY';
  if (path[0] === 'opticalEngine' && path[1] === 'sizeMm' && path[2] === 'y') return 'engineY';
  return FIELD_OF[path.slice(0, 2).join('.')] ?? FIELD_OF[path[0] ?? ''] ?? 'architecture';
}

/** The checked parameters, or the messages by field. */
export function checkValues(
  v: GenerateValues,
):
  | { ok: true; params: TemplateParams }
  | { ok: false; errors: Partial<Record<keyof GenerateValues, string>> } {
  const result = parseTemplateParams(valuesToParams(v));
  if (result.ok) return result;
  const errors: Partial<Record<keyof GenerateValues, string>> = {};
  for (const issue of result.issues) errors[fieldOf(issue)] ??= issue.message;
  return { ok: false, errors };
}
