import { describe, expect, it } from 'vitest';
import { HOST_OPERATIONS, HostError, channelOf } from '../../../electron/ipc';
import {
  handleHostCall,
  registerHostHandlers,
  replyToHostCall,
  senderRefusal,
} from '../../../electron/main/handleIpc';
import { fakeIpcEvent, recordingHandlers } from './fakes';

describe('handleHostCall', () => {
  it('runs a known operation from the app main frame with parsed arguments', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const logs: string[] = [];
    const value = await handleHostCall(
      'saveDocument',
      fakeIpcEvent(),
      ['handle-1', '{"a":1}'],
      recordingHandlers(calls),
      (m) => logs.push(m),
    );
    expect(value).toEqual({ handle: 'h', name: 'a.lightpath.json' });
    expect(calls).toEqual([['saveDocument', ['handle-1', '{"a":1}']]]);
    expect(logs).toEqual([]);
  });

  it('refuses an unknown operation, even one inherited from Object.prototype', async () => {
    for (const operation of ['deleteEverything', 'toString', '__proto__']) {
      const calls: Array<[string, unknown[]]> = [];
      const logs: string[] = [];
      await expect(
        handleHostCall(operation, fakeIpcEvent(), [], recordingHandlers(calls), (m) =>
          logs.push(m),
        ),
      ).rejects.toBeInstanceOf(HostError);
      expect(calls).toEqual([]);
      expect(logs[0]).toContain('unknown operation');
    }
  });

  it.each([
    ['a remote page', fakeIpcEvent('https://evil.example/index.html')],
    ['a file:// page', fakeIpcEvent('file:///tmp/index.html')],
    ['another app:// host', fakeIpcEvent('app://other/index.html')],
    ['a subframe of the app', fakeIpcEvent('app://studio/frame.html', true)],
    ['a destroyed frame', { senderFrame: null, sender: {} } as never],
  ])('refuses a call from %s', async (_label, event) => {
    const calls: Array<[string, unknown[]]> = [];
    const logs: string[] = [];
    await expect(
      handleHostCall('listRecent', event, [], recordingHandlers(calls), (m) => logs.push(m)),
    ).rejects.toThrow('refused');
    expect(calls).toEqual([]);
    expect(logs[0]).toMatch(/refused "listRecent": the sender/);
  });

  it.each([
    ['a missing argument', 'saveDocument', ['handle-only']],
    ['an extra argument', 'listRecent', ['surprise']],
    ['a path in a file name', 'saveDocumentAs', ['../../etc/passwd', '{}']],
    ['a wrong type', 'setWindowState', [{ title: 'x', isDirty: 'yes' }]],
    ['an empty handle', 'openRecent', ['']],
  ])('refuses %s', async (_label, operation, args) => {
    const calls: Array<[string, unknown[]]> = [];
    const logs: string[] = [];
    await expect(
      handleHostCall(operation, fakeIpcEvent(), args, recordingHandlers(calls), (m) =>
        logs.push(m),
      ),
    ).rejects.toBeInstanceOf(HostError);
    expect(calls).toEqual([]);
    expect(logs[0]).toContain('arguments do not match the contract');
  });

  it('accepts the smallest valid call of every operation', async () => {
    const validArgs: Record<string, unknown[]> = {
      openDocument: [],
      openRecent: ['h'],
      listRecent: [],
      saveDocument: ['h', ''],
      saveDocumentAs: ['a.lightpath.json', ''],
      writeRecovery: [''],
      readRecovery: [],
      discardRecovery: [],
      setWindowState: [{ title: 't', isDirty: false }],
      exportFile: ['a.csv', new Uint8Array([1, 2])],
      printReportPdf: ['a.pdf', '<p>x</p>'],
    };
    expect(Object.keys(validArgs).sort()).toEqual(Object.keys(HOST_OPERATIONS).sort());
    const calls: Array<[string, unknown[]]> = [];
    for (const [operation, args] of Object.entries(validArgs)) {
      await handleHostCall(operation, fakeIpcEvent(), args, recordingHandlers(calls), () => {});
    }
    expect(calls.map(([name]) => name)).toEqual(Object.keys(validArgs));
  });
});

describe('senderRefusal', () => {
  it('accepts only the app main frame', () => {
    expect(senderRefusal(fakeIpcEvent())).toBeNull();
    expect(senderRefusal(fakeIpcEvent('app://studio/'))).toBeNull();
    expect(senderRefusal(fakeIpcEvent('not a url'))).toMatch(/not the app/);
  });
});

describe('replyToHostCall', () => {
  it('wraps a value, a HostError message and an unexpected error', async () => {
    const handlers = recordingHandlers([], {
      openRecent: async () => {
        throw new HostError('"a.lightpath.json" was not found');
      },
      listRecent: async () => {
        throw new TypeError('boom');
      },
    });
    const logs: string[] = [];
    const log = (m: string): number => logs.push(m);
    expect(await replyToHostCall('readRecovery', fakeIpcEvent(), [], handlers, log)).toEqual({
      ok: true,
      value: null,
    });
    expect(await replyToHostCall('openRecent', fakeIpcEvent(), ['h'], handlers, log)).toEqual({
      ok: false,
      message: '"a.lightpath.json" was not found',
    });
    const unexpected = await replyToHostCall('listRecent', fakeIpcEvent(), [], handlers, log);
    expect(unexpected).toEqual({ ok: false, message: expect.stringContaining('boom') });
    expect(logs.some((m) => m.includes('TypeError: boom'))).toBe(true);
  });
});

describe('registerHostHandlers', () => {
  it('registers one channel per operation, each behind the wrapper', async () => {
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const fakeIpcMain = {
      handle: (
        channel: string,
        listener: (event: unknown, ...args: unknown[]) => Promise<unknown>,
      ) => listeners.set(channel, listener),
    };
    const calls: Array<[string, unknown[]]> = [];
    registerHostHandlers(fakeIpcMain as never, recordingHandlers(calls), () => {});
    expect([...listeners.keys()].sort()).toEqual(
      Object.keys(HOST_OPERATIONS)
        .map((op) => channelOf(op as keyof typeof HOST_OPERATIONS))
        .sort(),
    );
    const listener = listeners.get(channelOf('openRecent'));
    expect(await listener?.(fakeIpcEvent(), 'h')).toMatchObject({ ok: true });
    expect(await listener?.(fakeIpcEvent('https://evil.example/'), 'h')).toMatchObject({
      ok: false,
    });
    expect(calls).toHaveLength(1);
  });
});
