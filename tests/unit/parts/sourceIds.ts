/**
 * Test helper: the source ids defined in docs/DATA-SOURCES.md, read from the first
 * column of its "Sources" table (rows of the form "| `id` | citation | ... |").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../../../docs/DATA-SOURCES.md', import.meta.url));

export function documentedSourceIds(): Set<string> {
  const text = readFileSync(DOC, 'utf8');
  const start = text.indexOf('## Sources');
  if (start < 0) throw new Error('docs/DATA-SOURCES.md has no "## Sources" section');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const ids = new Set<string>();
  for (const line of section.split('\n')) {
    const match = /^\|\s*`([a-z0-9.-]+)`\s*\|(.+)\|/.exec(line);
    if (match?.[1] && match[2] && match[2].trim().length > 10) ids.add(match[1]);
  }
  return ids;
}
