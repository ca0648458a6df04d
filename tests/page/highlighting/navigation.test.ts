// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchShortcuts } from '../../../lib/page/highlighting';
import type { Direction } from '../../../lib/shared/messages';
import { settings, startController } from './fixture';

/**
 * happy-dom lays nothing out, so each paragraph says where it is on screen (data-y, the
 * viewport being 768 px high); a paragraph without data-y has no box, like hidden content.
 */
function rectOf(range: AbstractRange) {
  const y = (range.startContainer.parentElement as HTMLElement).dataset.y;
  return y === undefined ? { top: 0, bottom: 0, width: 0, height: 0 } : { top: Number(y), bottom: Number(y) + 20, width: 50, height: 20 };
}

const PAGE = `
  <p data-y="-300">APCERT above the viewport</p>
  <p data-y="100">Li Baodong in view</p>
  <p>APCERT without a box</p>
  <p data-y="400">APCERT in view</p>
  <p data-y="2000">the Budapest Convention further down</p>`;

let running: ReturnType<typeof startController> | undefined;
async function start() {
  document.body.innerHTML = PAGE;
  const announced: string[] = [];
  running = startController({ rectOf, announce: (m) => announced.push(m) });
  running.controller.apply(settings());
  await running.controller.idle();
  return { ...running, announced };
}
afterEach(() => {
  running?.controller.apply(settings({ enabled: false }));
});

const textOf = (range: Range | undefined) => range?.toString();

describe('moving through the highlighted mentions', () => {
  it('starts at the first mention in view, goes on in page order, skips mentions without a box, and wraps', async () => {
    const { controller, announced, highlights } = await start();
    const visit = (direction: Direction) => controller.navigate(direction, 'focus');
    expect(textOf(visit('next')?.range)).toBe('Li Baodong');
    expect(announced.at(-1)).toBe('Li Baodong, person, 2 of 5');
    expect(highlights.texts()['current']).toEqual(['Li Baodong']);
    expect(visit('next')?.id).toBe('apcert');
    expect(announced.at(-1)).toBe('Asia Pacific Computer Emergency Response Team, organization, 4 of 5');
    expect(textOf(visit('next')?.range)).toBe('Budapest Convention');
    expect(textOf(visit('next')?.range)).toBe('APCERT');
    expect(announced.at(-1)).toMatch(/, 1 of 5$/);
    expect(textOf(visit('previous')?.range)).toBe('Budapest Convention');
  });

  it('starts backwards from the last mention in view', async () => {
    const { controller, announced } = await start();
    controller.navigate('previous', 'focus');
    expect(announced.at(-1)).toMatch(/^Asia Pacific .*, 4 of 5$/);
  });

  it('reveals the mentions of one entity with a brief flash', async () => {
    const { controller, highlights } = await start();
    expect(controller.navigate('next', 'flash', 'budapest-convention')?.id).toBe('budapest-convention');
    expect(highlights.texts()['flash']).toEqual(['Budapest Convention']);
    await expect.poll(() => highlights.texts()['flash'], { timeout: 3000 }).toBeUndefined();
  });

  it('says so when there is nothing to move to', async () => {
    const { controller, announced } = await start();
    expect(controller.navigate('next', 'flash', 'li-baodong-junior')).toBeUndefined();
    expect(announced.at(-1)).toBe('That term is not highlighted on this page.');
  });
});

describe('the keyboard shortcuts', () => {
  const press = (target: EventTarget, code: string, extra: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, composed: true, ...extra }));

  it('move on Alt+Shift+N and Alt+Shift+P, except while the reader is typing', () => {
    document.body.innerHTML = '<p id="p">text</p><textarea id="t"></textarea>';
    const moves: Direction[] = [];
    const stop = watchShortcuts(document, (d) => moves.push(d), () => true);
    press(document.getElementById('p')!, 'KeyN');
    press(document.getElementById('p')!, 'KeyP');
    press(document.getElementById('t')!, 'KeyN');
    press(document.getElementById('p')!, 'KeyN', { ctrlKey: true });
    press(document.getElementById('p')!, 'KeyX');
    stop();
    press(document.getElementById('p')!, 'KeyN');
    expect(moves).toEqual(['next', 'previous']);
  });

  it('ignore keys a page script sends rather than the reader', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const moves: Direction[] = [];
    const stop = watchShortcuts(document, (d) => moves.push(d));
    press(document.getElementById('p')!, 'KeyN');
    stop();
    expect(moves).toEqual([]);
  });
});
