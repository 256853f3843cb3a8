/**
 * What a design-review report is built from: the document, the part library, the results
 * of every analysis (computed by the caller, so the builder stays pure and fast to test) and
 * the facts the builder cannot know (date, revision, studio version).
 */
import type { ElectricalResult } from '../engine/resultTypes';
import type { Finding } from '../engine/rules/ruleTypes';
import type { ServiceResult } from '../engine/service/serviceTypes';
import type { ThermalResult } from '../engine/thermal/thermalResult';
import type { CoupledResult } from '../engine/coupled/coupledTypes';
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';

/** Results of the analyses of one design. */
export interface ReportAnalyses {
  readonly electrical: ElectricalResult;
  /** Absent when the thermal solve was not run (the report says so). */
  readonly thermal?: ThermalResult;
  /** The coupled power ⇄ thermal result (watts as dissipated, rounds, optical budgets). */
  readonly coupled?: CoupledResult;
  /** Mesh preset of the thermal solve, e.g. "normal". */
  readonly thermalPreset?: string;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** Another variant to compare against (same system, another architecture). */
export interface ReportVariant {
  /** File name or label shown in the comparison table. */
  readonly label: string;
  readonly doc: Design;
  readonly analyses: ReportAnalyses;
}

/** Everything `buildReport` needs. */
export interface ReportInput {
  readonly doc: Design;
  readonly library: PartLibrary;
  readonly analyses: ReportAnalyses;
  /** Date of the report, ISO 8601 (the builder has no clock). */
  readonly dateIso: string;
  /** Revision of the document, e.g. a content hash or the studio's revision counter. */
  readonly revision: string;
  /** Version of Lightpath Studio that built the report. */
  readonly studioVersion: string;
  /** File name of the design, shown on the cover. */
  readonly sourceName?: string;
  /** Other variants for the comparison section (the design itself is added first). */
  readonly variants?: readonly ReportVariant[];
}

/** One numbered section of the report. */
export interface ReportSection {
  /** Anchor id, e.g. "links". */
  readonly id: string;
  readonly title: string;
  /** Body HTML (without the heading). */
  readonly html: string;
}
