/**
 * The dialog the view store asks for: load error, recovery offer, discard confirmation,
 * template picker, keyboard shortcuts, about.
 */
import { acceptRecovery, discardRecovery } from '../../store/recovery';
import { APP_VERSION } from '../../model/appVersion';
import { useStudio, useViewState } from '../studioContext';
import { Modal } from './Modal';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TemplatesDialog } from './TemplatesDialog';

/** Renders the open dialog, if any. */
export function Dialogs() {
  const studio = useStudio();
  const dialog = useViewState((s) => s.dialog);
  const close = () => studio.view.setState({ dialog: null });
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'load-error':
      return (
        <Modal
          title={dialog.title}
          tone="error"
          testId="error-dialog"
          onClose={close}
          actions={
            <button type="button" className="primary" onClick={close}>
              OK
            </button>
          }
        >
          <p>The design that was open is unchanged.</p>
          <pre className="dialog__message" data-testid="error-message">
            {dialog.message}
          </pre>
        </Modal>
      );
    case 'recovery':
      return (
        <Modal
          title="Recover unsaved work?"
          testId="recovery-dialog"
          actions={
            <>
              <button type="button" onClick={() => void discardRecovery(studio)}>
                Discard
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => acceptRecovery(studio, dialog.text)}
              >
                Recover
              </button>
            </>
          }
        >
          <p>
            Lightpath Studio found changes that were not saved, autosaved at{' '}
            <time dateTime={dialog.savedAt}>{new Date(dialog.savedAt).toLocaleString()}</time>.
          </p>
        </Modal>
      );
    case 'confirm':
      return (
        <Modal
          title={dialog.title}
          testId="confirm-dialog"
          onClose={() => dialog.answer(false)}
          actions={
            <>
              <button type="button" onClick={() => dialog.answer(false)}>
                Cancel
              </button>
              <button type="button" className="danger" onClick={() => dialog.answer(true)}>
                {dialog.confirmLabel}
              </button>
            </>
          }
        >
          <p>{dialog.message}</p>
        </Modal>
      );
    case 'templates':
      return <TemplatesDialog onClose={close} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'about':
      return (
        <Modal
          title="About Lightpath Studio"
          onClose={close}
          actions={
            <button type="button" className="primary" onClick={close}>
              Close
            </button>
          }
        >
          <p>Version {APP_VERSION}</p>
          <p>Package-level layout and analysis of optical interconnects (LPO, NPO, CPO).</p>
          <p>Host: {studio.host.kind}</p>
        </Modal>
      );
  }
}
