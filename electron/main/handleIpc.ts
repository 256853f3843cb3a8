/**
 * The one wrapper every IPC handler runs behind (Electron security checklist, item 17
 * "Validate the sender of all IPC messages"). A call is served only when its operation is in
 * the contract, it comes from the app's own main frame (app://studio), and its arguments parse
 * with the contract's schema. Otherwise it is logged with the reason and refused.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  HOST_OPERATIONS,
  HostError,
  channelOf,
  type HostApi,
  type HostOperation,
  type IpcReply,
} from '../ipc';
import { isAppUrl } from './modules/securityRules';

/** What a handler learns about the call besides its arguments. */
export interface IpcContext {
  /** The web contents that asked (for parenting dialogs and per-window state). */
  readonly sender: WebContents;
}

/** The parsed arguments of an operation. */
export type HostArgs<K extends HostOperation> = z.output<(typeof HOST_OPERATIONS)[K]>;

/** One handler per operation, returning what HostApi promises. */
export type HostHandlers = {
  readonly [K in HostOperation]: (
    context: IpcContext,
    ...args: HostArgs<K>
  ) => Promise<Awaited<ReturnType<HostApi[K]>>>;
};

/** The event fields the wrapper reads (a real IpcMainInvokeEvent, or a test's fake). */
export type IpcCallEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export type IpcLog = (message: string) => void;

/** Why the sender may not call, or null when it is the app's main frame. */
export function senderRefusal(event: IpcCallEvent): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sender frame is gone (navigated or destroyed)';
  if (frame.parent !== null) return `the sender is a subframe (${frame.url})`;
  if (!isAppUrl(frame.url)) return `the sender frame is not the app (${frame.url})`;
  return null;
}

/**
 * Checks and runs one call. Resolves with the handler's value; rejects with a HostError after
 * logging the reason when the operation is unknown, the sender is not ours or the arguments
 * do not parse.
 */
export async function handleHostCall(
  operation: string,
  event: IpcCallEvent,
  args: readonly unknown[],
  handlers: HostHandlers,
  log: IpcLog,
): Promise<unknown> {
  function refuse(reason: string): never {
    log(`[ipc] refused "${operation}": ${reason}`);
    throw new HostError(`The studio refused the request "${operation}".`);
  }
  if (!Object.hasOwn(HOST_OPERATIONS, operation)) refuse('unknown operation');
  const known = operation as HostOperation;
  const badSender = senderRefusal(event);
  if (badSender !== null) refuse(badSender);
  const parsed = HOST_OPERATIONS[known].safeParse(args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `[${issue.path.join('.')}] ${issue.message}`);
    refuse(`arguments do not match the contract: ${issues.join('; ')}`);
  }
  const handler = handlers[known] as (context: IpcContext, ...rest: unknown[]) => Promise<unknown>;
  return handler({ sender: event.sender }, ...(parsed.data as unknown[]));
}

/** `handleHostCall` as the reply the preload unwraps; unexpected errors are logged in full. */
export async function replyToHostCall(
  operation: string,
  event: IpcCallEvent,
  args: readonly unknown[],
  handlers: HostHandlers,
  log: IpcLog,
): Promise<IpcReply<unknown>> {
  try {
    return { ok: true, value: await handleHostCall(operation, event, args, handlers, log) };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, message: error.message };
    log(
      `[ipc] "${operation}" failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Something went wrong in "${operation}": ${detail}` };
  }
}

/** Registers every operation of the contract on `ipcMain`, each behind the wrapper. */
export function registerHostHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HostHandlers,
  log: IpcLog,
): void {
  for (const operation of Object.keys(HOST_OPERATIONS) as HostOperation[]) {
    ipcMain.handle(channelOf(operation), (event, ...args: unknown[]) =>
      replyToHostCall(operation, event, args, handlers, log),
    );
  }
}
