import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentHandles } from '../../../electron/main/modules/documentHandles';
import { createLaunchFiles, designPathsFromArgv } from '../../../electron/main/modules/launchFiles';

describe('designPathsFromArgv', () => {
  it('keeps design files after the executable, resolved against the working folder', () => {
    expect(
      designPathsFromArgv(
        [
          '/usr/bin/lightpath-studio',
          '.',
          '--no-sandbox',
          'a.lightpath.json',
          '/d/B.LIGHTPATH.JSON',
          'notes.json',
        ],
        '/home/u',
      ),
    ).toEqual([resolve('/home/u', 'a.lightpath.json'), '/d/B.LIGHTPATH.JSON']);
    expect(designPathsFromArgv(['x.lightpath.json'], '/')).toEqual([]);
  });
});

describe('createLaunchFiles', () => {
  it('waits for the renderer, then sends each design as an open-by-handle action', () => {
    const handles = createDocumentHandles();
    const launch = createLaunchFiles(handles);
    const sent: string[] = [];
    launch.request(['/d/a.lightpath.json']);
    expect(sent).toEqual([]);
    launch.rendererReady((id) => sent.push(id));
    launch.request(['/d/b.lightpath.json']);
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((id) => id.replace(/^file\.openRecent:/, ''));
    expect(handles.resolve(first!)).toBe('/d/a.lightpath.json');
    expect(handles.resolve(second!)).toBe('/d/b.lightpath.json');
    launch.rendererReady((id) => sent.push(id));
    expect(sent).toHaveLength(2);
  });
});
