/**
 * Runs convertArchitecture on the open design as one undo step; the dialog closes when it
 * applies and shows the refusal when it does not.
 */
import { convertArchitecture } from '../../model/commands';
import type { Architecture } from '../../model/schema';
import type { Studio } from '../../store/studio';
import { ARCHITECTURE_LABELS } from './architectureLabels';

/** True when the design was re-laid as `architecture`. */
export function convertDesign(studio: Studio, architecture: Architecture): boolean {
  if (studio.docs.runCommand(convertArchitecture({ architecture }))) {
    studio.convert.setState({ isOpen: false, error: '' });
    studio.select([]);
    studio.view.setState({ notice: `Converted to ${ARCHITECTURE_LABELS[architecture]}` });
    return true;
  }
  const error = studio.docs.store.getState().lastCommandError || 'the conversion did not apply';
  studio.convert.setState({ isOpen: true, error });
  return false;
}
