/**
 * Each rule against its fixtures (tests/fixtures/rules/<rule>-fail / -pass): the failing
 * design yields a finding of that rule, the passing one none. Fixtures go through the real
 * loader; the budget and temperature rules read the real electrical and thermal analyses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeElectrical } from '../../../../renderer/src/engine/analyze';
import { checkRules } from '../../../../renderer/src/engine/rules/checkRules';
import { RULE_IDS, type RuleId } from '../../../../renderer/src/engine/rules/ruleTypes';
import { solveThermal } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import { loadDocument } from '../../../../renderer/src/model/load/loadDocument';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design } from '../../../../renderer/src/model/schema';

const library = defaultPartLibrary();

function load(name: string): Design {
  const file = `tests/fixtures/rules/${name}.lightpath.json`;
  const result = loadDocument(file, readFileSync(file, 'utf8'), { library });
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

function check(rule: RuleId, doc: Design) {
  const electrical = rule === 'channel-budget' ? analyzeElectrical(doc, library) : undefined;
  const thermal =
    rule === 'temp-limit'
      ? solveThermal(doc, library, { preset: 'coarse', couplings: false })
      : undefined;
  return checkRules(doc, library, {
    ...(electrical ? { electrical } : {}),
    ...(thermal ? { thermal } : {}),
  });
}

const EXPECTED_SEVERITY: Readonly<Record<RuleId, 'error' | 'warning'>> = {
  overlap: 'error',
  'off-carrier': 'error',
  'min-spacing': 'warning',
  'keep-out': 'error',
  'fiber-bend': 'error',
  'oe-distance': 'warning',
  shoreline: 'error',
  'channel-budget': 'error',
  'temp-limit': 'error',
};

describe.each(RULE_IDS)('rule %s', (rule) => {
  it('flags the failing fixture, with parts and a finite 3D location', () => {
    const findings = check(rule, load(`${rule}-fail`)).filter((f) => f.rule === rule);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.severity).toBe(EXPECTED_SEVERITY[rule]);
      expect(f.components.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(10);
      for (const v of [f.location.x, f.location.y, f.location.z]) {
        expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('finds nothing at all in the passing fixture', () => {
    expect(check(rule, load(`${rule}-pass`))).toEqual([]);
  });

  it('is switched off by the design', () => {
    const doc = load(`${rule}-fail`);
    const disabled = { ...doc, rules: { ...doc.rules, disabled: [rule] } };
    expect(check(rule, disabled).filter((f) => f.rule === rule)).toEqual([]);
  });
});
