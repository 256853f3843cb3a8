/**
 * Import of a Touchstone file for one link, for the inspector's Channel section: picked
 * through the host's file picker (`openDocument`, as the part-library import does), parsed
 * and checked to cover the link's Nyquist frequency (engine/channel/touchstone), then stored
 * with one setLinkMeasuredLoss command (one undo step). A refused file changes nothing and
 * returns its message (file, line, problem).
 */
import { measuredLossFromTouchstone } from '../engine/channel/touchstone/measuredLoss';
import { TouchstoneError } from '../engine/channel/touchstone/touchstoneError';
import { setLinkMeasuredLoss } from '../model/commands';
import type { Studio } from './studio';

/** Asks for a file and applies it to `linkId`; the refusal message, or null when done/cancelled. */
export async function importTouchstoneFor(
  studio: Studio,
  linkId: string,
  nyquistGhz: number,
): Promise<string | null> {
  const opened = await studio.host.openDocument();
  if (!opened) return null;
  try {
    const measuredLoss = measuredLossFromTouchstone(opened.name, opened.text, { nyquistGhz });
    if (!studio.docs.runCommand(setLinkMeasuredLoss({ id: linkId, measuredLoss })))
      return studio.docs.store.getState().lastCommandError ?? 'the measurement was not applied';
    studio.view.setState({ notice: `Link ${linkId}: loss from ${opened.name}` });
    return null;
  } catch (error) {
    if (error instanceof TouchstoneError) return error.message;
    throw error;
  }
}
