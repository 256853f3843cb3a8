/**
 * `lightpath report <file> --out <report.html> [--pdf <report.pdf>] [--compare <file>]...
 * [--date <YYYY-MM-DD>] [--thermal coarse|normal|fine|none]`: runs every analysis (the same
 * engine as `analyze`, plus thermal, serviceability and rules) and writes the design-review
 * report as one self-contained HTML file; with --pdf also prints it with a system Chromium.
 * Exit 0; 2 for invalid input; 3 when --pdf was asked for and no Chromium was found (the
 * HTML is still written, the message says how to get one), also when playwright-core, which
 * drives it, cannot be loaded.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { APP_VERSION } from '../../renderer/src/model/appVersion';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import type { MeshPreset } from '../../renderer/src/engine/thermal/types';
import { analyzeForReport } from '../../renderer/src/report/analyzeForReport';
import { buildReport } from '../../renderer/src/report/buildReport';
import type { ReportVariant } from '../../renderer/src/report/reportTypes';
import { contentRevision } from '../../renderer/src/report/revision';
import { EXIT, type CliCommand } from './command';
import type { CliIo } from './io';
import { findChromium } from './pdfChromium';
import { printDocumentErrors, readDesign } from './readDesign';

/** Exit code when --pdf cannot be honoured because no Chromium exists. */
export const EXIT_NO_CHROMIUM = 3;

const VALUE_OPTIONS = new Set(['--out', '--pdf', '--compare', '--date', '--thermal']);
const PRESETS = new Set(['coarse', 'normal', 'fine', 'none']);

interface ReportArgs {
  file: string;
  out: string;
  pdf?: string;
  compare: string[];
  date?: string;
  thermal: MeshPreset['name'] | 'none';
}

/** Parses the arguments; a string is the error message. */
export function parseReportArgs(args: readonly string[]): ReportArgs | string {
  const files: string[] = [];
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      values.set(arg, [...(values.get(arg) ?? []), value]);
      i++;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const out = values.get('--out')?.[0];
  if (files.length !== 1 || out === undefined) return 'expected one design file and --out';
  const thermal = values.get('--thermal')?.[0] ?? 'normal';
  if (!PRESETS.has(thermal)) return `--thermal must be one of ${[...PRESETS].join(', ')}`;
  const date = values.get('--date')?.[0];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return '--date must be YYYY-MM-DD';
  const pdf = values.get('--pdf')?.[0];
  return {
    file: files[0] as string,
    out,
    compare: values.get('--compare') ?? [],
    thermal: thermal as ReportArgs['thermal'],
    ...(pdf !== undefined ? { pdf } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

async function loadVariants(
  files: readonly string[],
  a: ReportArgs,
  io: CliIo,
): Promise<ReportVariant[] | undefined> {
  const library = defaultPartLibrary();
  const variants: ReportVariant[] = [];
  for (const file of files) {
    const loaded = await readDesign(file, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return undefined;
    }
    const analyses = analyzeForReport(loaded.doc, library, {
      thermalPreset: a.thermal,
      couplings: false,
    });
    variants.push({ label: loaded.doc.meta.variant || basename(file), doc: loaded.doc, analyses });
  }
  return variants;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write the design-review report (self-contained HTML; --pdf prints it with Chromium)',
  usage:
    'lightpath report <file.lightpath.json> --out <report.html> [--pdf <report.pdf>] [--compare <other.lightpath.json>]... [--date YYYY-MM-DD] [--thermal coarse|normal|fine|none]',
  async run(args, io) {
    const parsed = parseReportArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`${parsed}\nusage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    const loaded = await readDesign(parsed.file, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return EXIT.invalid;
    }
    const library = defaultPartLibrary();
    const variants = await loadVariants(parsed.compare, parsed, io);
    if (!variants) return EXIT.invalid;
    const html = buildReport({
      doc: loaded.doc,
      library,
      analyses: analyzeForReport(loaded.doc, library, { thermalPreset: parsed.thermal }),
      dateIso: parsed.date ?? new Date().toISOString().slice(0, 10),
      revision: contentRevision(await io.readFile(parsed.file)),
      studioVersion: APP_VERSION,
      sourceName: basename(parsed.file),
      variants,
    });
    await writeFile(parsed.out, html, 'utf8');
    io.stdout(`wrote ${parsed.out} (${html.length} bytes)\n`);
    if (parsed.pdf === undefined) return EXIT.ok;
    const chromium = findChromium();
    if (!chromium.ok) {
      io.stderr(`${chromium.message}\n`);
      return EXIT_NO_CHROMIUM;
    }
    const { printHtmlToPdf, PdfPrinterMissingError } = await import('./pdfPrint');
    let bytes: number;
    try {
      bytes = await printHtmlToPdf(html, parsed.pdf, chromium.path);
    } catch (err) {
      if (!(err instanceof PdfPrinterMissingError)) throw err;
      io.stderr(`${err.message}\n`);
      return EXIT_NO_CHROMIUM;
    }
    io.stdout(`wrote ${parsed.pdf} (${bytes} bytes, printed with ${chromium.path})\n`);
    return EXIT.ok;
  },
};
