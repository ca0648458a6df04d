// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings, startController } from './fixture';

let running: ReturnType<typeof startController> | undefined;
const start = (html: string, overrides?: Parameters<typeof startController>[0]) => {
  document.body.innerHTML = html;
  running = startController(overrides);
  running.controller.apply(settings());
  return running;
};

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  running?.controller.apply(settings({ enabled: false }));
  running = undefined;
});

describe('the first scan of a page', () => {
  it('highlights known terms, one highlight per entity type', async () => {
    const { controller, highlights } = start(
      '<h1>APCERT drill</h1><p>Li Baodong spoke of the Budapest Convention and of CBMs.</p>',
    );
    await controller.idle();
    expect(highlights.texts()).toEqual({
      'organization': ['APCERT'],
      'person': ['Li Baodong'],
      'instrument': ['Budapest Convention'],
      'concept': ['CBMs'],
    });
  });

  it('finds a term split over inline elements and not one split over blocks', async () => {
    const { controller, highlights } = start(
      '<p>the Budapest <b>Con<i>vention</i></b> and</p><div>in Budapest</div><div>Convention halls</div>',
    );
    await controller.idle();
    expect(highlights.texts()).toEqual({ 'instrument': ['Budapest Convention'] });
  });

  it('leaves form fields, scripts and editable text alone, and reads open shadow roots', async () => {
    document.body.innerHTML = `
      <textarea>APCERT</textarea><input value="APCERT"><script>"APCERT"</script>
      <div contenteditable="true">APCERT</div><x-card></x-card>`;
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Li Baodong</p>';
    running = startController();
    running.controller.apply(settings());
    await running.controller.idle();
    expect(running.highlights.texts()).toEqual({ 'person': ['Li Baodong'] });
  });

  it('reports the entities found with their mention counts and how the page first writes them', async () => {
    const { controller, reports } = start('<p>APCERT, APCERT and Li\n  Baodong.</p>');
    await controller.idle();
    await expect.poll(() => reports.at(-1)).toEqual([
      { id: 'apcert', count: 2, form: 'APCERT' },
      { id: 'li-baodong', count: 1, form: 'Li Baodong' },
    ]);
  });

  it('reports the page’s wording of a term split across inline elements', async () => {
    const { controller, reports } = start('<p>APCERT and Li <b>Bao</b>dong.</p>');
    await controller.idle();
    await expect.poll(() => reports.at(-1)?.find((r) => r.id === 'li-baodong')?.form).toBe('Li Baodong');
  });

  it('reports a page it read and found nothing on, so that it is not taken for a page not read', async () => {
    const { controller, reports } = start('<p>Nothing of note on this page.</p>');
    await controller.idle();
    await expect.poll(() => reports).toEqual([[]]);
  });

  it('asks for no matcher while the page has no text, and starts when text arrives', async () => {
    const { controller, highlights, recognizerRequests } = start('<div><img alt="x"></div>');
    await controller.idle();
    expect(recognizerRequests()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>news about APCERT</p>');
    await expect.poll(() => highlights.texts()).toEqual({ 'organization': ['APCERT'] });
    expect(recognizerRequests()).toBe(1);
  });
});

describe('following changes to the page', () => {
  it('highlights content added later', async () => {
    const { controller, highlights } = start('<main><p>APCERT</p></main>');
    await controller.idle();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<article><p>Li Baodong said</p></article>');
    await expect.poll(() => highlights.texts()['person']).toEqual(['Li Baodong']);
  });

  it('completes a term when its second half is added inside the paragraph', async () => {
    const { controller, highlights } = start('<p id="p">the Budapest </p>');
    await controller.idle();
    expect(highlights.texts()).toEqual({});
    const b = document.createElement('b');
    b.textContent = 'Convention';
    document.getElementById('p')!.append(b, ' entered into force');
    await expect.poll(() => highlights.texts()).toEqual({ 'instrument': ['Budapest Convention'] });
  });

  it('drops the highlights of removed text and of edited text', async () => {
    const { controller, highlights, reports } = start('<div id="a"><p>APCERT</p></div><p id="b">Li Baodong</p>');
    await controller.idle();
    document.getElementById('a')!.remove();
    await expect.poll(() => highlights.texts()).toEqual({ 'person': ['Li Baodong'] });
    document.getElementById('b')!.firstChild!.textContent = 'someone else';
    await expect.poll(() => highlights.texts()).toEqual({});
    await expect.poll(() => reports.at(-1)).toEqual([]);
  });

  it('reads text again when a hidden element is shown', async () => {
    const { controller, highlights } = start('<div id="d" hidden><p>APCERT</p></div>');
    await controller.idle();
    expect(highlights.texts()).toEqual({});
    document.getElementById('d')!.removeAttribute('hidden');
    await expect.poll(() => highlights.texts()).toEqual({ 'organization': ['APCERT'] });
  });
});

describe('settings applied to a running page', () => {
  const page = '<p>APCERT met APCERT. Li Baodong.</p><pre>Budapest Convention</pre>';

  it('paints only the chosen entity types and not the hidden entities', async () => {
    const { controller, highlights } = start(page);
    await controller.idle();
    controller.apply(settings({ highlightTypes: ['person', 'organization'], hiddenEntities: { 'example.org': ['apcert'] } }));
    expect(highlights.texts()).toEqual({ 'person': ['Li Baodong'] });
    controller.apply(settings());
    expect(highlights.texts()['organization']).toEqual(['APCERT', 'APCERT']);
  });

  it('paints only the first mention of each entity when asked', async () => {
    const { controller, highlights } = start(page);
    await controller.idle();
    controller.apply(settings({ mentions: 'first' }));
    expect(highlights.texts()['organization']).toEqual(['APCERT']);
    const [first] = [...highlights.registry.get('organization')!];
    // When the first one goes, the next takes its place.
    first!.startContainer.parentNode!.removeChild(first!.startContainer);
    document.body.insertAdjacentHTML('beforeend', '<p>APCERT again</p>');
    await expect.poll(() => highlights.texts()['organization']).toEqual(['APCERT']);
  });

  it('reads code when code scanning is switched on, and forgets it when switched off', async () => {
    const { controller, highlights } = start(page);
    await controller.idle();
    expect(highlights.texts()['instrument']).toBeUndefined();
    controller.apply(settings({ scanCode: true }));
    await controller.idle();
    expect(highlights.texts()['instrument']).toEqual(['Budapest Convention']);
    controller.apply(settings({ scanCode: false }));
    await controller.idle();
    expect(highlights.texts()['instrument']).toBeUndefined();
  });

  it('reads a text/plain page, which the browser shows as one <pre>, with code scanning off', async () => {
    // happy-dom's document is always HTML; a plain text file's reports its own content type.
    Object.defineProperty(document, 'contentType', { value: 'text/plain', configurable: true });
    try {
      const { controller, highlights } = start('<pre>Notes on the Budapest Convention, by APCERT.</pre>');
      await controller.idle();
      expect(highlights.texts()).toEqual({ organization: ['APCERT'], instrument: ['Budapest Convention'] });
    } finally {
      delete (document as { contentType?: string }).contentType;
    }
    expect(document.contentType).not.toBe('text/plain');
  });

  it('keeps a highlight in the registry, which the page shares, only while it paints something', async () => {
    const { controller, highlights } = start(page);
    await controller.idle();
    expect([...highlights.registry.keys()].sort()).toEqual(['organization', 'person']);
    controller.apply(settings({ highlightTypes: ['person'] }));
    expect([...highlights.registry.keys()]).toEqual(['person']);
  });

  it('removes every highlight when switched off for the site, and starts again when on', async () => {
    const { controller, highlights, reports } = start(page);
    await controller.idle();
    await expect.poll(() => reports.at(-1)?.length).toBe(2);
    controller.apply(settings({ disabledSites: ['example.org'] }));
    expect(highlights.registry.size).toBe(0);
    await expect.poll(() => reports.at(-1)).toEqual([]);
    controller.apply(settings());
    await controller.idle();
    expect(highlights.texts()['person']).toEqual(['Li Baodong']);
  });
});
