/**
 * Keyboard shortcuts for the whole window. Keys typed into a text field stay with the
 * field (so Delete and Ctrl+Z edit text there); while a dialog is open only the dialog
 * handles keys.
 */
import { useEffect } from 'react';
import type { Studio } from '../../store/studio';
import { actionForKeys, eventKeyString, isMac } from './keys';
import { ACTIONS, runAction } from './registry';

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Installs the shortcuts while the component using it is mounted. */
export function useShortcuts(studio: Studio): void {
  useEffect(() => {
    const mac = isMac(navigator.platform);
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || isTextEntry(e.target) || studio.view.getState().dialog) return;
      const action = actionForKeys(ACTIONS, eventKeyString(e, mac));
      if (!action) return;
      e.preventDefault();
      runAction(studio, action.id, 'keyboard');
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);
}
