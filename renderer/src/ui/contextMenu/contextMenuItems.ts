/**
 * The items of the context menu for what was right-clicked. A part gets rotate, duplicate,
 * delete, add comment, focus and copy; empty space gets paste, add comment here and fit
 * view. Items are registry actions (label, keys and availability from there), except the
 * comment items, which anchor to exactly what was clicked.
 */
import type { Studio } from '../../store/studio';
import { findAction, runAction } from '../actions/registry';
import { startDraft, type ContextTarget } from '../../store/reviewStore';

/** One menu item. */
export interface MenuItem {
  readonly key: string;
  readonly label: string;
  /** Shortcut to show, if any ("Mod+D"). */
  readonly keys?: string;
  readonly isEnabled: boolean;
  readonly run: () => void;
}

const PART_ACTIONS = ['part.rotate', 'edit.duplicate', 'edit.delete'];
const PART_ACTIONS_AFTER = ['view.focusSelection', 'edit.copy'];
const SPACE_ACTIONS = ['edit.paste'];
const SPACE_ACTIONS_AFTER = ['view.fit'];

function actionItems(studio: Studio, ids: readonly string[]): MenuItem[] {
  return ids.flatMap((id) => {
    const found = findAction(id);
    if (!found) return [];
    const { action } = found;
    return [
      {
        key: id,
        label: action.label,
        keys: action.keys[0],
        isEnabled: action.when({ studio, source: 'menu' }),
        run: () => void runAction(studio, id, 'menu'),
      },
    ];
  });
}

/** The menu for a right-click on `target`. */
export function contextMenuItems(studio: Studio, target: ContextTarget): MenuItem[] {
  if (target.kind === 'part') {
    const comment: MenuItem = {
      key: 'comment',
      label: 'Add comment',
      keys: 'Shift+C',
      isEnabled: true,
      run: () => startDraft(studio, { componentId: target.componentId }),
    };
    return [
      ...actionItems(studio, PART_ACTIONS),
      comment,
      ...actionItems(studio, PART_ACTIONS_AFTER),
    ];
  }
  const here: MenuItem = {
    key: 'comment-here',
    label: 'Add comment here',
    isEnabled: true,
    run: () => startDraft(studio, { pointMm: target.pointMm }),
  };
  return [...actionItems(studio, SPACE_ACTIONS), here, ...actionItems(studio, SPACE_ACTIONS_AFTER)];
}
