/**
 * Copy and paste of components between documents. The clipboard holds plain JSON
 * (`{ format, components, links }`): the copied components and the links among them. It is
 * kept in memory for the studio (`studio.clipboard`, so it survives opening another document)
 * and, where the browser permits, also written to the system clipboard as text.
 *
 * Pasting plans fresh ids, remaps carriers the target document lacks onto its base carrier
 * and offsets the copies; the caller runs the plan as commands inside one history gesture.
 */
import { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ID_PREFIX, collectIds, nextIdsFrom } from '../model/ids';
import { normalizeNumber } from '../model/numbers';
import {
  ComponentSchema,
  LinkSchema,
  type Component,
  type Design,
  type Link,
} from '../model/schema';

/** Format tag of clipboard text, so unrelated text is never pasted as parts. */
export const CLIPBOARD_FORMAT = 'lightpath-studio/components';

const PayloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  components: z.array(ComponentSchema).min(1),
  links: z.array(LinkSchema),
});

/** What is on the clipboard. */
export type ClipboardPayload = z.infer<typeof PayloadSchema>;

/** The copied components (in document order) and the links whose both ends are among them. */
export function copyComponents(doc: Design, ids: readonly string[]): ClipboardPayload | null {
  const chosen = new Set(ids);
  const components = doc.components.filter((c) => chosen.has(c.id));
  if (components.length === 0) return null;
  const links = doc.links.filter(
    (l) => chosen.has(l.from.componentId) && chosen.has(l.to.componentId),
  );
  return JSON.parse(JSON.stringify({ format: CLIPBOARD_FORMAT, components, links }));
}

/** Clipboard text for a payload (pretty JSON). */
export function clipboardText(payload: ClipboardPayload): string {
  return JSON.stringify(payload, null, 2);
}

/** The payload in clipboard text, or null when the text is not Lightpath components. */
export function parseClipboardText(text: string): ClipboardPayload | null {
  try {
    const parsed = PayloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Components and links to add for a paste, with new ids. */
export interface PastePlan {
  readonly components: Component[];
  readonly links: Link[];
}

/**
 * Plans pasting `payload` into `doc`, each copy offset by `offsetMm`: new `cmp-N` / `link-N`
 * ids; a carrier missing from `doc` becomes the base carrier (the first without a parent);
 * a stack on a component that is not pasted with it is dropped (mounted on the carrier).
 * Returns null when `doc` has no carrier to paste onto.
 */
export function planPaste(
  doc: Design,
  payload: ClipboardPayload,
  offsetMm: { x: number; y: number },
): PastePlan | null {
  const base = doc.carriers.find((c) => c.onCarrierId === undefined) ?? doc.carriers[0];
  if (!base) return null;
  const carriers = new Set(doc.carriers.map((c) => c.id));
  const taken = collectIds(doc);
  const ids = nextIdsFrom(taken, ID_PREFIX.component, payload.components.length);
  const copyOf = new Map(payload.components.map((c, i) => [c.id, ids[i] as string]));
  const components = payload.components.map((c): Component => {
    const onCarrier = carriers.has(c.mount.carrierId);
    const parent = c.mount.onComponentId ? copyOf.get(c.mount.onComponentId) : undefined;
    return {
      ...c,
      id: copyOf.get(c.id) as string,
      positionMm: {
        x: normalizeNumber(c.positionMm.x + offsetMm.x),
        y: normalizeNumber(c.positionMm.y + offsetMm.y),
      },
      mount: {
        carrierId: onCarrier ? c.mount.carrierId : base.id,
        side: onCarrier ? c.mount.side : 'top',
        ...(parent ? { onComponentId: parent } : {}),
      },
    };
  });
  const linkIds = nextIdsFrom(new Set([...taken, ...ids]), ID_PREFIX.link, payload.links.length);
  const links = payload.links.map((l, i): Link => ({
    ...l,
    id: linkIds[i] as string,
    from: { ...l.from, componentId: copyOf.get(l.from.componentId) as string },
    to: { ...l.to, componentId: copyOf.get(l.to.componentId) as string },
  }));
  return { components, links };
}

/** What the studio's in-memory clipboard holds: the last copy, if any. */
export interface ClipboardState {
  readonly payload: ClipboardPayload | null;
}

/** The in-memory clipboard of one studio. */
export type ClipboardStore = StoreApi<ClipboardState>;

/** An empty in-memory clipboard. */
export function createClipboardStore(): ClipboardStore {
  return createStore<ClipboardState>(() => ({ payload: null }));
}
