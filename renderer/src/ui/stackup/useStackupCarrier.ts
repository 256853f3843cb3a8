/**
 * The carrier the Stack-up panel edits: a carrier selected in the viewport or outline, else
 * the one picked in the panel, else the first carrier mounted on another, else the base.
 */
import { useStore } from 'zustand';
import type { Carrier } from '../../model/schema';
import { useDocState, useStudio, useViewState } from '../studioContext';

/** The edited carrier, or undefined for a design without carriers. */
export function useStackupCarrier(): Carrier | undefined {
  const carriers = useDocState((s) => s.doc.carriers);
  const selection = useViewState((s) => s.selection);
  const picked = useStore(useStudio().stackup, (s) => s.carrierId);
  const byId = (id: string | null | undefined) => carriers.find((c) => c.id === id);
  const selected = selection.map(byId).find((c) => c !== undefined);
  return (
    selected ?? byId(picked) ?? carriers.find((c) => c.onCarrierId !== undefined) ?? carriers[0]
  );
}
