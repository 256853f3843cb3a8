import { describe, expect, it } from 'vitest';
import { addLink, runCommand } from '../../../renderer/src/model/commands';
import {
  clipboardText,
  copyComponents,
  parseClipboardText,
  planPaste,
} from '../../../renderer/src/store/clipboard';
import { sampleDesign } from '../model/sampleDesign';

function linked() {
  const doc = sampleDesign();
  const link = {
    id: 'lk',
    from: { componentId: 'u1', port: 'a' },
    to: { componentId: 'oe1', port: 'b' },
    lanes: 8,
    laneRateGbps: 112,
    modulation: 'PAM4' as const,
    serdesClass: 'XSR' as const,
  };
  return runCommand(doc, addLink({ link })).doc;
}

describe('clipboard', () => {
  it('copies the components and only the links among them', () => {
    const doc = linked();
    expect(copyComponents(doc, ['u1', 'oe1'])?.links.map((l) => l.id)).toEqual(['link-1', 'lk']);
    expect(copyComponents(doc, ['u1'])?.links).toEqual([]);
    expect(copyComponents(doc, ['nope'])).toBeNull();
  });

  it('round-trips through text and refuses other text', () => {
    const payload = copyComponents(linked(), ['u1'])!;
    expect(parseClipboardText(clipboardText(payload))).toEqual(payload);
    expect(parseClipboardText('hello')).toBeNull();
    expect(parseClipboardText('{"format":"other","components":[],"links":[]}')).toBeNull();
  });

  it('plans fresh ids, offsets, remapped links and the base carrier for unknown carriers', () => {
    const doc = linked();
    const payload = copyComponents(doc, ['u1', 'oe1'])!;
    payload.components[1]!.mount = { carrierId: 'elsewhere', side: 'bottom' };
    const plan = planPaste(doc, payload, { x: 5, y: -5 })!;
    const ids = plan.components.map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(doc.components.some((c) => c.id === id)).toBe(false);
    expect(plan.components[0]!.positionMm).toEqual({ x: 65, y: 70 });
    expect(plan.components[1]!.mount.carrierId).toBe(doc.carriers[0]!.id);
    expect(plan.components[1]!.mount.side).toBe('top');
    expect(plan.links[0]!.from.componentId).toBe(ids[0]);
    expect(plan.links[0]!.to.componentId).toBe(ids[1]);
    expect(plan.links.map((l) => l.id)).not.toContain('lk');
  });
});
