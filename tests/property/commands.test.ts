/**
 * Properties of commands and history over random edit sequences on the small fixture:
 * every command either refuses (CommandError, state untouched) or leaves a design that
 * passes the schema and the semantic checks; undo(run(doc)) equals doc; undoing the whole
 * sequence restores the original and redoing it restores the result; gestures squash or
 * vanish; the result survives a save and reload unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cmd from '../../renderer/src/model/commands';
import * as history from '../../renderer/src/model/history';
import { ID_PREFIX, nextId } from '../../renderer/src/model/ids';
import { checkDesign } from '../../renderer/src/model/load';
import { DesignSchema, type Design } from '../../renderer/src/model/schema';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { sampleDesign } from '../unit/model/sampleDesign';
import { TEST_LIBRARY } from '../unit/model/testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const KINDS = [
  'move',
  'moveMany',
  'rotate',
  'rotateMany',
  'rename',
  'overrides',
  'mount',
  'add',
  'delete',
  'duplicate',
  'addLink',
  'deleteLinks',
  'updateLink',
  'addComment',
  'status',
  'editText',
  'deleteComment',
  'meta',
  'cooling',
  'addKeepOut',
  'deleteKeepOut',
  'begin',
  'commit',
  'cancel',
] as const;

/** Numbers on a 1e-3 grid, so values survive serialisation exactly. */
const gridMm = fc.integer({ min: -400_000, max: 400_000 }).map((v) => v / 1000);
const op = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(),
  b: fc.nat(),
  x: gridMm,
  y: gridMm,
  text: fc.string({ maxLength: 20 }),
});
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const ELECTRICAL: Record<string, string[]> = {
  'test-gpu': ['serdes0', 'serdes1'],
  'test-oe': ['host'],
};

/** Turns an abstract op into a concrete command against `doc` (null when nothing applies). */
function commandFor(doc: Design, o: Op): cmd.Command<Loose> | null {
  const comps = doc.components;
  const comp = comps[o.a % Math.max(1, comps.length)];
  const other = comps[o.b % Math.max(1, comps.length)];
  const some = comps.filter((_, i) => (o.b >> i) & 1).map((c) => c.id);
  switch (o.kind) {
    case 'move':
      return comp ? cmd.movePart({ id: comp.id, positionMm: { x: o.x, y: o.y } }) : null;
    case 'moveMany':
      return cmd.moveParts({ ids: some, deltaMm: { x: o.x / 10, y: o.y / 10 } });
    case 'rotate':
      return comp ? cmd.rotatePart({ id: comp.id, rotationDeg: o.x }) : null;
    case 'rotateMany':
      return cmd.rotateParts({ ids: some, deltaDeg: (o.a % 8) * 45 });
    case 'rename':
      return comp ? cmd.setPartProperty({ id: comp.id, changes: { name: o.text } }) : null;
    case 'overrides':
      return comp
        ? cmd.setPartProperty({
            id: comp.id,
            changes: { overrides: o.a % 3 === 0 ? null : { powerW: Math.abs(o.x) } },
          })
        : null;
    case 'mount':
      return comp && other
        ? cmd.setPartProperty({
            id: comp.id,
            changes: {
              mount: {
                carrierId: 'board',
                side: o.a % 2 ? 'top' : 'bottom',
                ...(o.b % 3 ? { onComponentId: other.id } : {}),
              },
            },
          })
        : null;
    case 'add':
      return cmd.addComponent({
        component: {
          id: nextId(doc, ID_PREFIX.component),
          partId: o.a % 2 ? 'test-gpu' : 'test-oe',
          name: o.text,
          positionMm: { x: o.x / 4, y: o.y / 4 },
          rotationDeg: 0,
          mount: { carrierId: 'board', side: 'top' },
        },
      });
    case 'delete':
      return comp ? cmd.deleteComponents({ ids: [comp.id] }) : null;
    case 'duplicate':
      return cmd.duplicateComponents({ ids: some, offsetMm: { x: o.x / 10, y: o.y / 10 } });
    case 'addLink': {
      if (!comp || !other) return null;
      const fromPorts = ELECTRICAL[comp.partId] ?? [];
      const toPorts = ELECTRICAL[other.partId] ?? [];
      return cmd.addLink({
        link: {
          id: nextId(doc, ID_PREFIX.link),
          from: { componentId: comp.id, port: fromPorts[o.a % fromPorts.length] ?? 'x' },
          to: { componentId: other.id, port: toPorts[o.b % toPorts.length] ?? 'x' },
          lanes: 1 + (o.a % 8),
          laneRateGbps: 106.25,
          modulation: 'PAM4',
          serdesClass: 'XSR',
        },
      });
    }
    case 'deleteLinks':
      return doc.links.length
        ? cmd.deleteLinks({ ids: [doc.links[o.a % doc.links.length]!.id] })
        : null;
    case 'updateLink':
      return doc.links.length
        ? cmd.updateLink({
            id: doc.links[o.a % doc.links.length]!.id,
            changes: { lanes: 1 + (o.b % 8), serdesClass: o.b % 2 ? 'VSR' : 'XSR' },
          })
        : null;
    case 'addComment':
      return cmd.addComment({
        comment: {
          id: nextId(doc, ID_PREFIX.comment),
          author: 'fuzz',
          createdAt: '2026-11-24T00:00:00Z',
          text: o.text,
          status: 'open',
          anchor:
            comp && o.b % 2 ? { componentId: comp.id } : { pointMm: { x: o.x, y: o.y, z: 0 } },
        },
      });
    case 'status':
      return doc.comments.length
        ? cmd.setCommentStatus({
            id: doc.comments[o.a % doc.comments.length]!.id,
            status: o.b % 2 ? 'open' : 'resolved',
          })
        : null;
    case 'editText':
      return doc.comments.length
        ? cmd.editCommentText({ id: doc.comments[o.a % doc.comments.length]!.id, text: o.text })
        : null;
    case 'deleteComment':
      return doc.comments.length
        ? cmd.deleteComment({ id: doc.comments[o.a % doc.comments.length]!.id })
        : null;
    case 'meta':
      return cmd.setMeta({
        changes: {
          architecture: (['lpo', 'npo', 'cpo-a', 'cpo-c'] as const)[o.a % 4]!,
          name: o.text,
        },
      });
    case 'cooling':
      return cmd.setCooling({
        changes: {
          ambientC: o.x / 4,
          boundaries: comp
            ? [
                {
                  id: nextId(doc, ID_PREFIX.boundary),
                  name: 'Cold plate',
                  kind: 'cold-plate',
                  target: { kind: 'components', componentIds: [comp.id] },
                  rating: { kind: 'resistance', kPerW: 0.05 },
                  coolantC: 30,
                },
              ]
            : [],
        },
      });
    case 'addKeepOut':
      return cmd.addKeepOut({
        keepOut: {
          id: nextId(doc, ID_PREFIX.keepOut),
          name: o.text,
          carrierId: 'board',
          kind: 'routing',
          rectMm: { x: o.x / 4, y: o.y / 4, width: 1 + (o.a % 50), depth: 1 + (o.b % 50) },
        },
      });
    case 'deleteKeepOut':
      return doc.keepOuts.length
        ? cmd.deleteKeepOut({ ids: [doc.keepOuts[o.a % doc.keepOuts.length]!.id] })
        : null;
    default:
      return null;
  }
}

function expectValid(doc: Design) {
  expect(DesignSchema.parse(doc)).toEqual(doc);
  expect(checkDesign(doc, TEST_LIBRARY).filter((issue) => issue.severity === 'error')).toEqual([]);
}

describe('commands and history, random sequences', () => {
  it('keep the design valid and undo exactly', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 30 }), (ops) => {
        const start = history.createHistory(sampleDesign());
        let state = start;
        for (const o of ops) {
          if (o.kind === 'begin') state = history.beginGesture(state, 'gesture');
          else if (o.kind === 'commit') state = history.commitGesture(state);
          else if (o.kind === 'cancel') state = history.cancelGesture(state);
          else {
            const command = commandFor(state.doc, o);
            if (command === null) continue;
            let next: history.HistoryState;
            try {
              next = history.execute(state, command);
            } catch (error) {
              expect(error).toBeInstanceOf(cmd.CommandError);
              continue;
            }
            expectValid(next.doc);
            const single = cmd.runCommand(state.doc, command);
            expect(
              history.undo(history.execute(history.createHistory(state.doc), command)).doc,
            ).toEqual(state.doc);
            expect(single.doc).toEqual(next.doc);
            state = next;
          }
          expectValid(state.doc);
        }
        while (state.gesture) state = history.commitGesture(state);
        const final = state.doc;
        let back = state;
        while (history.canUndo(back)) back = history.undo(back);
        expect(back.doc).toEqual(start.doc);
        while (history.canRedo(back)) back = history.redo(back);
        expect(back.doc).toEqual(final);
        expect(JSON.parse(serializeDesign(final))).toEqual(final);
        expect(serializeDesign(DesignSchema.parse(JSON.parse(serializeDesign(final))))).toBe(
          serializeDesign(final),
        );
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
