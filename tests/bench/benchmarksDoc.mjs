/**
 * Writes one section of docs/BENCHMARKS.md: replaces the `## <title>` section (up to the next
 * `## ` heading) or appends it, leaving every other bench's section as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../../docs/BENCHMARKS.md', import.meta.url));
const HEADER =
  '# Benchmarks\n\nFigures written by `npm run bench` (tests/bench/run.mjs); each section by its own script.\n';

/** One line naming the machine the figures were measured on. */
export function machineLine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${os.loadavg()[0].toFixed(2)}`;
}

/** Replaces or appends the section `## title` with `body` (markdown without the heading). */
export function writeSection(title, body) {
  const text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEADER;
  const heading = `## ${title}\n`;
  const section = `${heading}\n${body.trim()}\n\n`;
  const start = text.indexOf(heading);
  if (start < 0) {
    writeFileSync(DOC, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  const end = next < 0 ? text.length : next + 1;
  writeFileSync(DOC, `${text.slice(0, start)}${section}${text.slice(end)}`.trimEnd() + '\n');
}
