import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/scan/parse-html';

describe('visible text of HTML', () => {
  it('decodes character references and collapses whitespace', async () => {
    expect(await htmlToText('<p>CICIR &amp; CSIS&nbsp;met,\n   &#8216;twice&#x2019;</p>')).toBe('CICIR & CSIS met, ‘twice’');
  });

  it('separates blocks with a line break and joins inline elements', async () => {
    const html = '<h1>Title</h1><p>The <b>Buda</b>pest <i>Convention</i></p><ul><li>one</li><li>two</li></ul>x<br>y';
    expect(await htmlToText(html)).toBe('Title\nThe Budapest Convention\none\ntwo\nx\ny');
  });

  it('leaves out scripts, styles, templates, the head, attributes, form fields and hidden elements', async () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <script>s</script><noscript>n</noscript><template>t</template>
      <p title="attr">seen</p><img alt="alt"><input value="v"><textarea>ta</textarea>
      <select><option>o</option></select><div hidden>h</div><span style="display:none">d</span>
      <span style="color: red; visibility: hidden">v</span><button>Go</button></body></html>`;
    expect(await htmlToText(html)).toBe('seen\nGo');
  });

  it('keeps the line breaks of preformatted text as block breaks', async () => {
    expect(await htmlToText('<pre>line one\nline  two</pre>')).toBe('line one\nline two');
  });

  it('does not run scripts', async () => {
    (globalThis as Record<string, unknown>).scanRan = false;
    await htmlToText('<script>globalThis.scanRan = true</script><p>text</p>');
    expect((globalThis as Record<string, unknown>).scanRan).toBe(false);
  });
});
