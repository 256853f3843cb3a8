import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  createCloseGuard,
  SAVE_AND_CLOSE_ACTION,
  type CloseChoice,
} from '../../../electron/main/modules/closeGuard';

/** A window whose close() emits 'close' like Electron's, and closes unless prevented. */
class FakeWindow {
  title = '';
  isClosed = false;
  private closeListener: ((event: { preventDefault(): void }) => void) | undefined;
  on(name: string, listener: (event: { preventDefault(): void }) => void): void {
    if (name === 'close') this.closeListener = listener;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(): void {}
  close(): void {
    let isPrevented = false;
    this.closeListener?.({ preventDefault: () => (isPrevented = true) });
    if (!isPrevented) this.isClosed = true;
  }
}

function setup(choice: CloseChoice) {
  const sent: string[] = [];
  let asked = 0;
  let dropped = 0;
  const guard = createCloseGuard({
    ask: async () => {
      asked += 1;
      return choice;
    },
    sendMenuAction: (_window, id) => sent.push(id),
    dropRecovery: async () => void (dropped += 1),
  });
  const fake = new FakeWindow();
  const window = fake as unknown as BrowserWindow;
  guard.attach(window);
  return { guard, fake, window, sent, counts: () => ({ asked, dropped }) };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('close guard', () => {
  it('closes a clean window without asking and sets the title', async () => {
    const { guard, fake, window, counts } = setup('cancel');
    guard.setState(window, { title: 'a.lightpath.json — Lightpath Studio', isDirty: false });
    expect(fake.title).toBe('a.lightpath.json — Lightpath Studio');
    fake.close();
    expect(fake.isClosed).toBe(true);
    expect(counts().asked).toBe(0);
  });

  it('Cancel keeps a dirty window open', async () => {
    const { guard, fake, window, counts } = setup('cancel');
    guard.setState(window, { title: '• a', isDirty: true });
    fake.close();
    await tick();
    expect(fake.isClosed).toBe(false);
    expect(counts()).toEqual({ asked: 1, dropped: 0 });
  });

  it('Discard closes and drops the recovery copy', async () => {
    const { guard, fake, window, counts } = setup('discard');
    guard.setState(window, { title: '• a', isDirty: true });
    fake.close();
    await tick();
    expect(fake.isClosed).toBe(true);
    expect(counts()).toEqual({ asked: 1, dropped: 1 });
  });

  it('Save asks the renderer to save, then closes once saved and clean', async () => {
    const { guard, fake, window, sent } = setup('save');
    guard.setState(window, { title: '• a', isDirty: true });
    fake.close();
    await tick();
    expect(sent).toEqual([SAVE_AND_CLOSE_ACTION]);
    expect(fake.isClosed).toBe(false);
    guard.noteSave(window, true);
    guard.setState(window, { title: 'a', isDirty: false });
    await tick();
    expect(fake.isClosed).toBe(true);
  });

  it('a cancelled Save As keeps the window open, and a later save does not close it', async () => {
    const { guard, fake, window } = setup('save');
    guard.setState(window, { title: '• a', isDirty: true });
    fake.close();
    await tick();
    guard.noteSave(window, false);
    guard.setState(window, { title: '• a', isDirty: true });
    guard.noteSave(window, true);
    guard.setState(window, { title: 'a', isDirty: false });
    await tick();
    expect(fake.isClosed).toBe(false);
  });

  it('asks once even when close is requested repeatedly', async () => {
    const { guard, fake, window, counts } = setup('cancel');
    guard.setState(window, { title: '• a', isDirty: true });
    fake.close();
    fake.close();
    await tick();
    expect(counts().asked).toBe(1);
  });
});
