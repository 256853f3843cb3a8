/**
 * A link whose loss comes from an imported Touchstone file is marked "measured: <file>" in the
 * report's links table and in the `lightpath analyze` table; the others read "estimate".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analysisTable } from '../../../electron/cli/analyzeOutput';
import { analyzeElectrical } from '../../../renderer/src/engine/analyze';
import { measuredLossFromTouchstone } from '../../../renderer/src/engine/channel/touchstone/measuredLoss';
import { runCommand, setLinkMeasuredLoss } from '../../../renderer/src/model/commands';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { linksSection } from '../../../renderer/src/report/sections/links';
import type { ReportInput } from '../../../renderer/src/report/reportTypes';

const FILE = 'through-0p4db-per-ghz.s2p';
const base = JSON.parse(
  readFileSync('assets/examples/switch-cpo-a.lightpath.json', 'utf8'),
) as Design;
const measuredLoss = measuredLossFromTouchstone(
  FILE,
  readFileSync(`tests/fixtures/touchstone/${FILE}`, 'utf8'),
);
const id = base.links[0]!.id;
const doc = runCommand(base, setLinkMeasuredLoss({ id, measuredLoss })).doc;
const electrical = analyzeElectrical(doc, defaultPartLibrary());

describe('measured links are marked', () => {
  test('in the report links table', () => {
    const html = linksSection({ doc, analyses: { electrical } } as unknown as ReportInput).html;
    expect(html.match(/measured: through-0p4db-per-ghz\.s2p/g)).toHaveLength(1);
    expect(html).toContain('estimate');
  });

  test('in the lightpath analyze table', () => {
    const lines = analysisTable('cpo-a', doc, electrical).split('\n');
    expect(lines.find((l) => l.includes('source'))).toBeDefined();
    expect(lines.find((l) => l.startsWith(id))).toContain(`measured: ${FILE}`);
    expect(lines.filter((l) => l.includes(' estimate ')).length).toBe(electrical.links.length - 1);
  });
});
