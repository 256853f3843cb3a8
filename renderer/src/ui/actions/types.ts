/**
 * An action is how a command or file operation reaches the user: one entry feeds the menu
 * bar, the keyboard shortcuts, the host's native menu and the test API.
 */
import type { Studio } from '../../store/studio';

/** What an action sees when it is asked whether it applies, and when it runs. */
export interface ActionContext {
  readonly studio: Studio;
  /** Where the request came from. */
  readonly source: 'menu' | 'keyboard' | 'host-menu' | 'api';
  /** Argument after the colon of a parameterised id ("file.new:cpo-a" → "cpo-a"). */
  readonly arg?: string;
}

/** One user-facing action. */
export interface Action {
  /**
   * Dotted id, e.g. "edit.undo"; the host menu sends the same ids. A parameterised action
   * is registered as "file.new" and invoked as "file.new:<template id>".
   */
  readonly id: string;
  readonly label: string;
  /** Shortcuts in the form "Mod+Shift+Z" (Mod = Ctrl, or Cmd on macOS), "Delete", "?". */
  readonly keys: readonly string[];
  /** Menu the action appears in, if any. */
  readonly menu?: 'file' | 'edit' | 'view' | 'help';
  /** False when the action does not apply now (greyed out, shortcut ignored). */
  when(ctx: ActionContext): boolean;
  run(ctx: ActionContext): void | Promise<unknown>;
}
