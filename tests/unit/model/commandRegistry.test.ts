import { describe, expect, it } from 'vitest';
import * as commands from '../../../renderer/src/model/commands';
import {
  COMMAND_FACTORIES,
  CommandError,
  commandFromJson,
  movePart,
  runCommand,
} from '../../../renderer/src/model/commands';
import { sampleDesign } from './sampleDesign';

describe('command registry', () => {
  it('holds every exported command factory under its own name', () => {
    const exported = Object.entries(commands).filter(
      ([name, value]) =>
        typeof value === 'function' &&
        !['defineCommand', 'runCommand', 'commandFromJson', 'CommandError'].includes(name),
    );
    expect(Object.keys(COMMAND_FACTORIES).sort()).toEqual(exported.map(([name]) => name).sort());
    for (const [name, factory] of Object.entries(COMMAND_FACTORIES)) {
      expect(factory({} as never).name).toBe(name);
    }
  });

  it('replays a command from its JSON form', () => {
    const original = movePart({ id: 'u1', positionMm: { x: 1, y: 2 } });
    const json = JSON.parse(JSON.stringify({ name: original.name, params: original.params }));
    const replayed = commandFromJson(json);
    expect(runCommand(sampleDesign(), replayed).doc).toEqual(
      runCommand(sampleDesign(), original).doc,
    );
  });

  it('refuses unknown names and malformed parameters with a CommandError', () => {
    expect(() => commandFromJson({ name: 'formatDisk', params: {} })).toThrow(CommandError);
    expect(() => commandFromJson({ name: 'toString', params: {} })).toThrow(CommandError);
    const garbage = commandFromJson({ name: 'deleteComponents', params: null });
    expect(() => runCommand(sampleDesign(), garbage)).toThrow(
      /invalid parameters for deleteComponents/,
    );
  });
});
