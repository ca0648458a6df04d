// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PageEntityCount } from '../../../lib/shared/messages';
import { createScanner } from '../../../lib/build/scan/mentions';
import { htmlToText } from '../../../lib/build/scan/parse-html';
import { ENTITIES, PAYLOAD, settings, startController } from '../../page/highlighting/fixture';

/** Pages where what counts as visible text and as a block decides what is found. */
const PAGES: Record<string, string> = {
  'scripts and styles': '<style>p::after { content: "APCERT" }</style><script>"Li Baodong"</script><p>APCERT</p>',
  'hidden elements': '<div hidden>APCERT</div><div style="display: none">Li Baodong</div><p>Budapest Convention</p>',
  'forms': `<form><label>APCERT <input value="Li Baodong"></label><textarea>CBMs</textarea>
    <select><option>APCERT</option></select><button>Budapest Convention</button></form>`,
  'editable regions': '<div contenteditable="true">APCERT</div><div contenteditable="false">Li Baodong</div>',
  'nested blocks': '<div>Budapest<div>Convention</div></div><section><p>Li</p>Baodong</section><p>CBMs</p>',
  'inline elements splitting a term':
    '<p>the Budapest <b>Con<i>vention</i></b> and <label>Li</label> <span>Bao</span>dong, <abbr>CBM</abbr>s</p>',
  'code': '<p>See <code>APCERT</code> and <kbd>Li Baodong</kbd></p><pre>Budapest Convention</pre>',
};

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function extensionCounts(html: string): Promise<PageEntityCount[]> {
  document.body.innerHTML = html;
  const running = startController();
  stop = () => running.controller.apply(settings({ enabled: false }));
  running.controller.apply(settings());
  await running.controller.idle();
  // What the page reports to the badge and the side panel.
  // The page's wording of each entity is the side panel's business, not the scan's.
  return running.controller.store.counts().map(({ id, count }) => ({ id, count }));
}

async function cliCounts(html: string): Promise<PageEntityCount[]> {
  const scan = createScanner({ version: PAYLOAD.version, entities: ENTITIES });
  const counts = new Map<string, number>();
  for (const m of scan(await htmlToText(`<!doctype html><html><body>${html}</body></html>`))) {
    counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count }));
}

const sorted = (counts: PageEntityCount[]) => [...counts].sort((a, b) => a.id.localeCompare(b.id));

describe('npm run scan and the extension', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`find the same mentions on a page with ${name}`, async () => {
      const extension = sorted(await extensionCounts(html));
      expect(sorted(await cliCounts(html))).toEqual(extension);
    });
  }

  it('find something on these pages', async () => {
    expect(await cliCounts(PAGES['inline elements splitting a term']!)).not.toEqual([]);
  });
});
