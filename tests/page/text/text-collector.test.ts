// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, domRangeOf, isInsideSkipped, nodesOf, VisibilityCache } from '../../../lib/page/text';
import { markOwnElement } from '../../../lib/page/own-elements';
import { collectChunks, readable } from './collect';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading the visible text of a page', () => {
  it('keeps a term split over inline elements together', () => {
    document.body.innerHTML = '<p>The Budapest <b>Conven<i>tion</i></b> entered into force.</p>';
    expect(readable([document.body])).toBe('The Budapest Convention entered into force.');
  });

  it('separates adjacent blocks so their words cannot merge', () => {
    document.body.innerHTML = '<div>Budapest</div><div>Convention</div><ul><li>a</li><li>b</li></ul>x<br>y';
    const [chunk] = collectChunks([document.body]);
    expect(chunk!.text).toBe(['Budapest', 'Convention', 'a', 'b', 'x', 'y'].join(BLOCK_SEPARATOR) + BLOCK_SEPARATOR);
  });

  it('skips scripts, styles, form fields, templates and editable regions', () => {
    document.body.innerHTML = `
      <p>seen one</p>
      <script>var hidden = "script text"</script><style>.x{}</style><noscript>noscript text</noscript>
      <textarea>typed text</textarea><input value="field"><select><option>option text</option></select>
      <template><p>template text</p></template>
      <div contenteditable="true">editable <b>text</b></div><div contenteditable="">also editable</div>
      <div contenteditable="false">seen two</div>
      <p>seen three</p>`;
    expect(readable([document.body])).toBe('seen one | seen two | seen three');
  });

  it('skips hidden elements and the extension\'s own elements', () => {
    document.body.innerHTML =
      '<p>shown</p><div hidden>hidden <p>deep</p></div><wxyz-abcdef>card text</wxyz-abcdef><p>also shown</p>';
    markOwnElement(document.querySelector('wxyz-abcdef')!);
    expect(readable([document.body])).toBe('shown | also shown');
  });

  it('skips code and preformatted text unless asked to read it', () => {
    document.body.innerHTML = '<p>prose <code>inline code</code> more</p><pre>block code</pre>';
    expect(readable([document.body])).toBe('prose more');
    expect(readable([document.body], { scanCode: true })).toBe('prose inline code more | block code');
  });

  it('reads open shadow roots where their host stands and reports them', () => {
    document.body.innerHTML = '<p>before</p><x-widget></x-widget><p>after</p>';
    const host = document.querySelector('x-widget')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside the <b>shadow</b></p><div>second</div>';
    const met: ShadowRoot[] = [];
    expect(readable([document.body], { onShadowRoot: (r) => met.push(r) })).toBe(
      'before | inside the shadow | second | after',
    );
    expect(met).toEqual([shadow]);
  });

  it('reads a run of sibling roots as one stretch of text', () => {
    document.body.innerHTML = '<p>the <b>Budapest</b> <i>Convention</i> text</p>';
    const p = document.querySelector('p')!;
    const roots = [...p.childNodes].slice(1, 4);
    expect(collectChunks(roots)[0]!.text).toBe('Budapest Convention');
  });

  it('cuts long pages into chunks at block edges only', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>para ${i} <b>bold</b> end</p>`).join('');
    const chunks = collectChunks([document.body], { chunkSize: 100 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.text.endsWith(BLOCK_SEPARATOR)).toBe(true);
    expect(chunks.map((c) => c.text).join('').split(BLOCK_SEPARATOR).filter(Boolean)).toHaveLength(50);
  });
});

describe('mapping text offsets back to the DOM', () => {
  it('finds the nodes and offsets of a term that spans elements', () => {
    document.body.innerHTML = '<p>The Budapest <b>Convention</b> entered</p>';
    const [chunk] = collectChunks([document.body]);
    const start = chunk!.text.indexOf('Budapest');
    const end = start + 'Budapest Convention'.length;
    const range = domRangeOf(chunk!, start, end)!;
    expect(range.start.node.data).toBe('The Budapest ');
    expect(range.start.offset).toBe(4);
    expect(range.end.node.data).toBe('Convention');
    expect(range.end.offset).toBe('Convention'.length);
    expect(nodesOf(chunk!, start, end).map((n) => n.data)).toEqual(['The Budapest ', 'Convention']);
    const dom = document.createRange();
    dom.setStart(range.start.node, range.start.offset);
    dom.setEnd(range.end.node, range.end.offset);
    expect(dom.toString()).toBe('Budapest Convention');
  });

  it('gives no range for a stretch that starts on a block separator', () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const [chunk] = collectChunks([document.body]);
    expect(domRangeOf(chunk!, 3, 6)).toBeUndefined();
  });
});

describe('isInsideSkipped', () => {
  it('tells whether content added later sits in a region the walker skips', () => {
    document.body.innerHTML = '<div contenteditable><p><b id="a">x</b></p></div><p><b id="b">y</b></p>';
    const rules = { scanCode: false, visibility: new VisibilityCache() };
    expect(isInsideSkipped(document.getElementById('a')!.firstChild!, rules)).toBe(true);
    expect(isInsideSkipped(document.getElementById('b')!.firstChild!, rules)).toBe(false);
  });
});
