import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCardHost, registerCardHost, registeredCardHost, type CardHostApi, type MentionHit } from '../../../lib/page/card-trigger';

const hit = { id: 'cicir', range: {} as Range } satisfies MentionHit;
const REGISTRY_KEY = Symbol.for('attache.card-host');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY_KEY];
});

function realHost(): CardHostApi {
  return { openCard: vi.fn(async () => {}), closeCard: vi.fn() };
}

describe('lazyCardHost', () => {
  it('loads the card host on the first card only, then hands every card to it', async () => {
    const real = realHost();
    const load = vi.fn(async () => registerCardHost(() => real));
    const lazy = lazyCardHost(load, 'abcd-efghij');
    expect(load).not.toHaveBeenCalled();

    await Promise.all([lazy.openCard(hit, 'hover'), lazy.openCard(hit, 'click')]);
    await lazy.openCard(hit, 'keyboard');
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.openCard).toHaveBeenCalledTimes(3);
    expect(real.openCard).toHaveBeenLastCalledWith(hit, 'keyboard');
  });

  it('makes the card host with the tag this page gave it', async () => {
    const made: string[] = [];
    const lazy = lazyCardHost(async () => registerCardHost((tag) => (made.push(tag), realHost())), 'wxyz-abc123');
    await lazy.openCard(hit, 'click');
    await lazy.openCard(hit, 'click');
    expect(made).toEqual(['wxyz-abc123']);
  });

  it('tries loading again after a failure', async () => {
    const real = realHost();
    const load = vi.fn().mockRejectedValueOnce(new Error('tab is closing')).mockImplementation(async () => registerCardHost(() => real));
    const lazy = lazyCardHost(load, 'abcd-efghij');
    await expect(lazy.openCard(hit, 'click')).rejects.toThrow('tab is closing');
    await lazy.openCard(hit, 'click');
    expect(real.openCard).toHaveBeenCalledTimes(1);
  });

  it('reports a card host script that did not register itself', async () => {
    await expect(lazyCardHost(async () => {}, 'abcd-efghij').openCard(hit, 'click')).rejects.toThrow('did not register');
  });

  it('closes nothing before the card host is loaded', () => {
    expect(() => lazyCardHost(async () => {}, 'abcd-efghij').closeCard()).not.toThrow();
    expect(registeredCardHost()).toBeUndefined();
  });
});
