/**
 * The template generator (README.md): parameters → a complete, rule-clean design of one
 * architecture. The shipped examples and File → New from template… → Generate use it.
 */
export { generateDesign, TemplateError } from './generateDesign';
export {
  EngineParamsSchema,
  LIBRARY_ENGINES,
  TemplateParamsSchema,
  XpuParamsSchema,
  exampleParams,
  parseTemplateParams,
} from './templateParams';
export type { EngineParams, ParamIssue, TemplateParams, XpuParams } from './templateParams';
export { LANE_RATES_GBPS, payloadGbps, type LaneRateGbps } from './laneRates';
export { CARRIER_KINDS } from './paramChecks';
