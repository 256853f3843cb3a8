/**
 * Issue 13 items 3 and 7: a Touchstone measurement replaces a link's stack-up estimate (loss at
 * Nyquist = the file's interpolated value; removing it restores the estimate), and a file that
 * is malformed, non-passive, of the wrong port count or too short a range is refused with its
 * line and problem while the estimate stays.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeElectrical } from '../../../../renderer/src/engine/analyze';
import { measuredLossFromTouchstone } from '../../../../renderer/src/engine/channel/touchstone/measuredLoss';
import { TouchstoneError } from '../../../../renderer/src/engine/channel/touchstone/touchstoneError';
import { sameLink } from '../../../../renderer/src/engine/sameValues';
import { runCommand, setLinkMeasuredLoss } from '../../../../renderer/src/model/commands';
import { loadDocument } from '../../../../renderer/src/model/load';
import { serializeDesign } from '../../../../renderer/src/model/serialize';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design } from '../../../../renderer/src/model/schema';

const library = defaultPartLibrary();
const doc = JSON.parse(
  readFileSync('assets/examples/switch-cpo-a.lightpath.json', 'utf8'),
) as Design;
const fixture = (name: string) => readFileSync(`tests/fixtures/touchstone/${name}`, 'utf8');
const VALID = 'through-0p4db-per-ghz.s2p';
const linkId = doc.links[0]!.id;
const linkOf = (d: Design) => analyzeElectrical(d, library).links.find((l) => l.id === linkId)!;

/** The refusal `fn` throws. */
function refusal(fn: () => unknown): TouchstoneError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TouchstoneError) return error;
    throw error;
  }
  throw new Error('expected a TouchstoneError');
}

describe('a measured link', () => {
  const measured = measuredLossFromTouchstone(VALID, fixture(VALID));
  const withMeasured = runCommand(
    doc,
    setLinkMeasuredLoss({ id: linkId, measuredLoss: measured }),
  ).doc;
  const estimate = linkOf(doc);
  const link = linkOf(withMeasured);

  test('takes its loss at Nyquist from the file, interpolated (IL = 0.4 dB/GHz · f_N)', () => {
    expect(measured.points).toHaveLength(60);
    expect(link.lossSource).toBe('measured');
    expect(link.measuredFile).toBe(VALID);
    expect(link.lossDb).toBeCloseTo(0.4 * link.nyquistGhz, 2);
    expect(link.lossDb).not.toBeCloseTo(estimate.lossDb!, 1);
    expect(link.marginDb).toBeCloseTo(link.budgetDb! - link.lossDb!, 9);
  });

  test('its curve follows the file on the whole grid', () => {
    const curve = link.lossCurve!;
    expect(curve.fGhz).toEqual(estimate.lossCurve!.fGhz);
    curve.fGhz.forEach((f, i) => expect(curve.lossDb[i]).toBeCloseTo(0.4 * f, 2));
  });

  test('removing it returns the estimate', () => {
    const back = runCommand(
      withMeasured,
      setLinkMeasuredLoss({ id: linkId, measuredLoss: null }),
    ).doc;
    expect(back.links[0]).not.toHaveProperty('measuredLoss');
    const again = linkOf(back);
    expect(again.lossSource).toBe('estimate');
    expect(again.measuredFile).toBeNull();
    expect(again.lossDb).toBe(estimate.lossDb);
    expect(again.lossCurve).toEqual(estimate.lossCurve);
  });

  test('a stored measurement that does not cover Nyquist keeps the estimate, with a finding', () => {
    const short = { ...measured, points: measured.points.filter((p) => p.fGhz <= 10) };
    const d = runCommand(doc, setLinkMeasuredLoss({ id: linkId, measuredLoss: short })).doc;
    const result = analyzeElectrical(d, library);
    const l = result.links.find((x) => x.id === linkId)!;
    expect(l.lossSource).toBe('estimate');
    expect(l.lossDb).toBe(estimate.lossDb);
    const finding = result.findings.find((f) => f.kind === 'measured-loss-refused');
    expect(finding?.linkId).toBe(linkId);
    expect(finding?.message).toMatch(/1–10 GHz does not cover the Nyquist frequency 26\.5625 GHz/);
  });

  test('the command refuses points that are not ascending or fewer than 2', () => {
    const run = (points: { fGhz: number; lossDb: number }[]) =>
      runCommand(doc, setLinkMeasuredLoss({ id: linkId, measuredLoss: { ...measured, points } }));
    expect(() => run([{ fGhz: 1, lossDb: 1 }])).toThrow(/at least 2 points/);
    expect(() =>
      run([
        { fGhz: 2, lossDb: 1 },
        { fGhz: 1, lossDb: 2 },
      ]),
    ).toThrow(/ascending/);
  });
});

describe('a refused file names its line and problem', () => {
  test('malformed: a word where a number must be', () => {
    const e = refusal(() => measuredLossFromTouchstone('malformed.s2p', fixture('malformed.s2p')));
    expect(e.line).toBe(5);
    expect(e.message).toBe('malformed.s2p line 5: "oops" is not a number');
  });

  test('non-passive: |S21| > 1', () => {
    const text = '# GHz S MA R 50\n1 0.1 0 0.9 0 0.9 0 0.1 0\n2 0.1 0 1.2 0 1.2 0 0.1 0\n';
    const e = refusal(() => measuredLossFromTouchstone('gain.s2p', text));
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/not passive: \|S21\| = 1\.2000 > 1 at 2 GHz/);
  });

  test('wrong port count: a 2-port table in a .s4p file fails on its second record line', () => {
    const e = refusal(() => measuredLossFromTouchstone('channel.s4p', fixture(VALID)));
    expect(e.line).toBe(4);
    expect(e.problem).toMatch(/expected 8 numbers \(row 2 of the 4-port matrix\)/);
    expect(
      refusal(() => measuredLossFromTouchstone('channel.s3p', fixture(VALID))).problem,
    ).toMatch(/3-port file/);
  });

  test('short range: the file does not reach the Nyquist frequency', () => {
    const e = refusal(() => measuredLossFromTouchstone(VALID, fixture(VALID), { nyquistGhz: 112 }));
    expect(e.line).toBe(62);
    expect(e.problem).toMatch(/range 1–60 GHz does not cover the Nyquist frequency 112 GHz/);
  });

  test('a single frequency is too few', () => {
    const text = '# GHz S MA R 50\n1 0.1 0 0.9 0 0.9 0 0.1 0\n';
    expect(refusal(() => measuredLossFromTouchstone('one.s2p', text)).problem).toMatch(
      /at least 2/,
    );
  });
});

describe('incremental reuse sees a measurement change', () => {
  test('sameLink is false when only measuredLoss differs (the worker reanalyses the link)', () => {
    const measured = measuredLossFromTouchstone(VALID, fixture(VALID));
    const plain = doc.links[0]!;
    const withIt = { ...plain, measuredLoss: measured };
    const clone = structuredClone(withIt);
    expect(sameLink(plain, withIt)).toBe(false);
    expect(sameLink(withIt, clone)).toBe(true);
    clone.measuredLoss.points[3] = { fGhz: clone.measuredLoss.points[3]!.fGhz, lossDb: 9 };
    expect(sameLink(withIt, clone)).toBe(false);
  });
});

describe('a saved measurement', () => {
  test('survives save and load, and a hand-edited non-ascending one is refused by the loader', () => {
    const measured = measuredLossFromTouchstone(VALID, fixture(VALID));
    const d = runCommand(doc, setLinkMeasuredLoss({ id: linkId, measuredLoss: measured })).doc;
    const text = serializeDesign(d);
    const loaded = loadDocument('saved.lightpath.json', text, { library });
    // The serialiser rounds numbers (model/serialize.ts), so compare to 1e-9 dB.
    const back = loaded.ok ? loaded.doc.links[0]!.measuredLoss : undefined;
    expect(back?.fileName).toBe(VALID);
    expect(back?.ports).toBe(2);
    expect(back?.points).toHaveLength(measured.points.length);
    back!.points.forEach((p, i) => {
      expect(p.fGhz).toBe(measured.points[i]!.fGhz);
      expect(Math.abs(p.lossDb - measured.points[i]!.lossDb)).toBeLessThan(1e-9);
    });
    const bad = JSON.parse(text) as Design;
    bad.links[0]!.measuredLoss!.points.reverse();
    const refused = loadDocument('bad.lightpath.json', JSON.stringify(bad), { library });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/measuredLoss\.points.*ascending/);
  });
});
