// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { settings, startController } from './fixture';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('a page whose changes keep scanning busy', () => {
  it('is reported as too slow once scanning stays over budget at the longest wait', async () => {
    document.body.innerHTML = '<p id="ticker">APCERT 0</p>';
    let slow = 0;
    // Any scanning at all is over this budget, so the page is too slow after a few batches.
    const { controller } = startController({
      budget: { baseDelayMs: 1, maxDelayMs: 4, windowMs: 60_000, maxShare: 0, strikes: 2 },
      tooSlow: () => slow++,
    });
    controller.apply(settings());
    await controller.idle();
    let n = 0;
    const ticker = setInterval(() => {
      document.getElementById('ticker')!.textContent = `APCERT ${++n}`;
    }, 5);
    stop = () => {
      clearInterval(ticker);
      controller.apply(settings({ enabled: false }));
    };
    await expect.poll(() => slow, { timeout: 5000 }).toBe(1);
    // Said once per page, however long it goes on.
    const batches = n;
    await expect.poll(() => n, { timeout: 5000 }).toBeGreaterThan(batches + 20);
    expect(slow).toBe(1);
  });

  it('is reported as too slow when it rewrites itself from the start, while the first read still runs', async () => {
    const article = Array.from({ length: 100 }, (_, i) => `<p>APCERT met Li Baodong about the Budapest Convention, ${i}.</p>`).join('');
    document.body.innerHTML = `<main id="main">${article}</main>`;
    let slow = 0;
    const { controller } = startController({
      budget: { baseDelayMs: 1, maxDelayMs: 4, windowMs: 60_000, maxShare: 0, strikes: 2 },
      tooSlow: () => slow++,
    });
    // Rewritten every 10 ms from before the first read starts, faster than it can be read again.
    const ticker = setInterval(() => {
      document.getElementById('main')!.innerHTML = article;
    }, 10);
    controller.apply(settings());
    stop = () => {
      clearInterval(ticker);
      controller.apply(settings({ enabled: false }));
    };
    await expect.poll(() => slow, { timeout: 20_000 }).toBe(1);
  });
});
