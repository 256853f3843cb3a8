/**
 * Keeps the host in step with the studio: window title and unsaved marker (the host asks
 * before closing when dirty), native menu actions run through the action registry,
 * autosave of unsaved work and the recovery offer on start.
 */
import { useEffect } from 'react';
import { offerRecovery, startAutosave } from '../store/recovery';
import { windowTitle, type Studio } from '../store/studio';
import { runAction } from './actions/registry';

/** Connects the studio to its host while mounted. */
export function useHostBindings(studio: Studio): void {
  useEffect(() => {
    let last = '';
    function publish() {
      const state = windowTitle(studio);
      const key = `${state.title}|${state.isDirty}`;
      if (key === last) return;
      last = key;
      void studio.host.setWindowState(state);
    }
    publish();
    const unsubscribe = studio.docs.store.subscribe(publish);
    const unsubscribeMenu = studio.host.onMenuAction((id) => runAction(studio, id, 'host-menu'));
    const stopAutosave = startAutosave(studio);
    void offerRecovery(studio);
    return () => {
      unsubscribe();
      unsubscribeMenu();
      stopAutosave();
    };
  }, [studio]);
}
