/**
 * The menu bar (File, Edit, View, Help) and the quick toolbar beside it. Every item is an
 * action from the registry, so menus, shortcuts and the host's native menu agree.
 */
import { useEffect, useState } from 'react';
import type { RecentEntry } from '../../../electron/ipc';
import { ACTIONS, runAction } from './actions/registry';
import { displayKeys, isMac } from './actions/keys';
import type { Action } from './actions/types';
import { useDocState, useStudio, useViewState } from './studioContext';

type MenuName = NonNullable<Action['menu']>;
const MENUS: ReadonlyArray<[MenuName, string]> = [
  ['file', 'File'],
  ['edit', 'Edit'],
  ['view', 'View'],
  ['help', 'Help'],
];
const MAC = isMac(navigator.platform);

/** The studio's menu bar. */
export function MenuBar() {
  const studio = useStudio();
  const [open, setOpen] = useState<MenuName | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  // Re-render on document and selection changes so `when` greys items correctly.
  useDocState((s) => s.revision);
  useViewState((s) => s.selection);

  useEffect(() => {
    if (!open) return;
    if (open === 'file') studio.host.listRecent().then(setRecent, () => setRecent([]));
    const close = () => setOpen(null);
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open, studio]);

  function run(id: string) {
    setOpen(null);
    runAction(studio, id, 'menu');
  }

  return (
    <nav className="menubar" aria-label="Main menu" onPointerDown={(e) => e.stopPropagation()}>
      <span className="menubar__brand">Lightpath Studio</span>
      {MENUS.map(([menu, label]) => (
        <div key={menu} className="menubar__menu">
          <button
            type="button"
            className={open === menu ? 'menubar__title is-open' : 'menubar__title'}
            onClick={() => setOpen(open === menu ? null : menu)}
            onPointerEnter={() => open && setOpen(menu)}
            aria-haspopup="menu"
            aria-expanded={open === menu}
          >
            {label}
          </button>
          {open === menu && (
            <div className="menu" role="menu">
              {ACTIONS.filter((a) => a.menu === menu).map((a) => (
                <button
                  key={a.id}
                  type="button"
                  role="menuitem"
                  className="menu__item"
                  data-action={a.id}
                  disabled={!a.when({ studio, source: 'menu' })}
                  onClick={() => run(a.id)}
                >
                  <span>{a.label}</span>
                  <kbd>{a.keys[0] ? displayKeys(a.keys[0], MAC) : ''}</kbd>
                </button>
              ))}
              {menu === 'file' && <RecentItems recent={recent} onRun={run} />}
            </div>
          )}
        </div>
      ))}
    </nav>
  );
}

function RecentItems({ recent, onRun }: { recent: RecentEntry[]; onRun: (id: string) => void }) {
  return (
    <>
      <div className="menu__separator" />
      <div className="menu__heading">Open recent</div>
      {recent.length === 0 && <div className="menu__empty">No recent designs</div>}
      {recent.map((r) => (
        <button
          key={r.handle}
          type="button"
          role="menuitem"
          className="menu__item"
          onClick={() => onRun(`file.openRecent:${r.handle}`)}
        >
          <span>{r.name}</span>
        </button>
      ))}
    </>
  );
}
