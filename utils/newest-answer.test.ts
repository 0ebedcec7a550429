import { describe, expect, it } from 'vitest';
import { newestAnswer } from './newest-answer';

/** An asker whose answers the test releases one by one, in the order it chooses. */
function heldAnswers() {
  const pending: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const ask = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  return { ask, pending };
}

describe('newestAnswer', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const { ask, pending } = heldAnswers();
    const load = newestAnswer(ask);
    const first = load();
    const second = load();
    pending[1]!.resolve('settings with the packs');
    expect(await second).toEqual({ value: 'settings with the packs' });
    pending[0]!.resolve('settings before the packs');
    expect(await first).toBeNull();
  });

  it('keeps every answer that arrives in order, and an older one when the newer question failed', async () => {
    const { ask, pending } = heldAnswers();
    const load = newestAnswer(ask);
    const first = load();
    const second = load();
    pending[0]!.resolve('one');
    expect(await first).toEqual({ value: 'one' });
    pending[1]!.resolve('two');
    expect(await second).toEqual({ value: 'two' });

    const third = load();
    const fourth = load();
    pending[3]!.reject(new Error('background restarting'));
    await expect(fourth).rejects.toThrow('background restarting');
    pending[2]!.resolve('three');
    expect(await third).toEqual({ value: 'three' });
  });
});
