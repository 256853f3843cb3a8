/**
 * Arguments of `lightpath analyze`: one design file, `--only electrical|thermal`,
 * `--preset coarse|normal|fine` (thermal mesh, default normal: the engine's and the report's
 * default), `--mesh <cells>` or `--mesh <size>mm` (an explicit uniform in-plane grid: that
 * many cells across, or cells of about that size; z lines from the preset), `--json`,
 * `--strict`.
 */
import type { MeshPreset } from '../../renderer/src/engine/thermal/types';

/** What `analyze` was asked for. */
export interface AnalyzeArgs {
  readonly file: string;
  /** Run only this analysis; undefined runs both. */
  readonly only: 'electrical' | 'thermal' | undefined;
  readonly preset: MeshPreset['name'];
  /** An explicit uniform in-plane grid: cells across, or cell size in mm. */
  readonly mesh: { readonly cells: number } | { readonly cellMm: number } | undefined;
  readonly isJson: boolean;
  readonly isStrict: boolean;
}

const ONLY = ['electrical', 'thermal'] as const;
const PRESETS = ['coarse', 'normal', 'fine'] as const;

/** The parsed arguments, or the problem with them as a message. */
export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs | string {
  const files: string[] = [];
  let only: AnalyzeArgs['only'];
  let preset: MeshPreset['name'] = 'normal';
  let isJson = false;
  let isStrict = false;
  let mesh: AnalyzeArgs['mesh'];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') isJson = true;
    else if (arg === '--strict') isStrict = true;
    else if (arg === '--mesh') {
      const value = args[++i] ?? '';
      const mm = /^(\d+(?:\.\d+)?)mm$/.exec(value);
      const cells = /^\d+$/.test(value) ? Number(value) : NaN;
      if (mm && Number(mm[1]) > 0) mesh = { cellMm: Number(mm[1]) };
      else if (cells >= 2 && cells <= 4096) mesh = { cells };
      else
        return `--mesh needs a cell count across (2 to 4096) or a cell size such as 0.5mm, not "${value}"`;
    } else if (arg === '--only' || arg === '--preset') {
      const value = args[++i];
      const allowed: readonly string[] = arg === '--only' ? ONLY : PRESETS;
      if (value === undefined || !allowed.includes(value))
        return `${arg} needs one of ${allowed.join(', ')}${value === undefined ? '' : `, not "${value}"`}`;
      if (arg === '--only') only = value as AnalyzeArgs['only'];
      else preset = value as MeshPreset['name'];
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return `expected one design file, got ${files.length}`;
  return { file: files[0] as string, only, preset, mesh, isJson, isStrict };
}
