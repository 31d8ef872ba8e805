import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke }));

import { api, CommandError, errorMessage } from './api';

describe('command errors', () => {
  beforeEach(() => invoke.mockReset());

  it('a typed error from the shell gives its message, code and file', async () => {
    const sent = {
      code: 'changedOnDisk',
      message: 'coffee.journey.json was changed on disk since you opened it.',
      file: 'coffee.journey.json',
    };
    expect(errorMessage(sent)).toBe(sent.message);
    invoke.mockRejectedValueOnce(sent);
    const err = await api.save().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err).toMatchObject({ command: 'save', code: 'changedOnDisk', message: sent.message, file: 'coffee.journey.json' });
  });

  it('a failure that is not the shell’s still gives a message, without a code', async () => {
    invoke.mockRejectedValueOnce('IPC channel closed');
    const err = await api.undo().catch((e: unknown) => e);
    expect(err).toMatchObject({ command: 'undo', message: 'IPC channel closed', code: undefined, file: null });
    expect(errorMessage({ reason: 42 })).toBe('{"reason":42}');
  });
});
