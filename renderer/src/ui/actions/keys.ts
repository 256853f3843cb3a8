/**
 * Keyboard shortcuts: matches a KeyboardEvent against the actions' key strings
 * ("Mod+Shift+Z", "Delete", "R", "?"). Mod is Cmd on macOS and Ctrl elsewhere.
 */
import type { Action } from './types';

/** True on macOS, where Mod means the Command key. */
export function isMac(platform: string): boolean {
  return /mac/i.test(platform);
}

/** The key string of an event, e.g. "Mod+Shift+Z", comparable with Action.keys. */
export function eventKeyString(e: KeyboardEvent, mac: boolean): string {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  // "?" is itself a shifted key: match it without the Shift modifier.
  const shift = e.shiftKey && key !== '?';
  return [mod ? 'Mod' : '', shift ? 'Shift' : '', e.altKey ? 'Alt' : '', key]
    .filter(Boolean)
    .join('+');
}

/** The action bound to that key string, if any. */
export function actionForKeys(actions: readonly Action[], keyString: string): Action | undefined {
  return actions.find((a) => a.keys.some((k) => k.toUpperCase() === keyString.toUpperCase()));
}

/** A key string for display, e.g. "Ctrl+Shift+Z" or "⌘⇧Z". */
export function displayKeys(keys: string, mac: boolean): string {
  if (!mac) return keys.replace(/Mod/g, 'Ctrl');
  return keys
    .replace(/Mod\+?/g, '⌘')
    .replace(/Shift\+?/g, '⇧')
    .replace(/Alt\+?/g, '⌥');
}
