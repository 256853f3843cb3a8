/**
 * The context menu of the viewport and the outline. Right-click a part (in either) or
 * empty space in the viewport; Shift+F10 or the Menu key opens it for the selection.
 * Keyboard: arrows move, Home/End jump, Enter runs, Escape closes.
 */
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { componentProjector } from '../../scene/ScreenProjector';
import type { Studio } from '../../store/studio';
import { displayKeys, isMac } from '../actions/keys';
import { useStudio } from '../studioContext';
import { contextMenuItems } from './contextMenuItems';
import './contextMenu.css';

const MAC = isMac(navigator.platform);

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Opens the menu for component `id` at client (x, y). */
function openForPart(studio: Studio, id: string, x: number, y: number): void {
  const c = studio.docs.store.getState().doc.components.find((k) => k.id === id);
  if (!c) return;
  if (!studio.view.getState().selection.includes(id)) studio.select([id]);
  const pointMm = { x: c.positionMm.x, y: c.positionMm.y, z: 0 };
  studio.review.setState({
    contextMenu: { x, y, target: { kind: 'part', componentId: id, pointMm } },
  });
}

/** Listens for outline right-clicks and the keyboard, and draws the open menu. */
export function ContextMenu() {
  const studio = useStudio();
  const review = studio.review;
  const menu = useStore(review, (s) => s.contextMenu);
  const close = useCallback(() => review.setState({ contextMenu: null }), [review]);

  useEffect(() => {
    function onContextMenu(e: MouseEvent) {
      const row = (e.target as Element | null)?.closest?.('.outline [data-id]');
      const id = row?.getAttribute('data-id');
      if (!id || !studio.docs.store.getState().doc.components.some((c) => c.id === id)) return;
      e.preventDefault();
      openForPart(studio, id, e.clientX, e.clientY);
    }
    function onKey(e: globalThis.KeyboardEvent) {
      if (!(e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) || isTextEntry(e.target))
        return;
      const id = studio.view.getState().selection.at(-1);
      const at = id ? componentProjector()?.(id) : null;
      if (!id || !at) return;
      e.preventDefault();
      openForPart(studio, id, at.x, at.y);
    }
    window.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('keydown', onKey);
    };
  }, [studio]);

  if (!menu) return null;
  return <MenuBox key={`${menu.x},${menu.y}`} onClose={close} />;
}

function MenuBox({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const menu = useStore(studio.review, (s) => s.contextMenu);
  const items = useMemo(() => (menu ? contextMenuItems(studio, menu.target) : []), [studio, menu]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent) {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(-1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  if (!menu) return null;
  const left = Math.min(menu.x, window.innerWidth - 230);
  const top = Math.min(menu.y, window.innerHeight - 40 - items.length * 30);
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={menu.target.kind === 'part' ? 'Part actions' : 'View actions'}
      data-testid="context-menu"
      style={{ left, top }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className="context-menu__item"
          data-item={item.key}
          disabled={!item.isEnabled}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          <kbd>{item.keys ? displayKeys(item.keys, MAC) : ''}</kbd>
        </button>
      ))}
    </div>
  );
}
