import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../lib/page/text';
import { htmlToText } from '../../../lib/build/scan/parse-html';

/** The blocks of a page's text, whitespace collapsed, shown as " | " between blocks. */
const blocks = async (html: string) =>
  (await htmlToText(html))
    .split(BLOCK_SEPARATOR)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');

describe('visible text of HTML', () => {
  it('decodes character references', async () => {
    expect(await htmlToText('<p>CICIR &amp; CSIS&nbsp;met, &#8216;twice&#x2019;</p>')).toContain('CICIR & CSIS\u00a0met, ‘twice’');
  });

  it('separates blocks and joins inline elements', async () => {
    const html = '<h1>Title</h1><p>The <b>Buda</b>pest <i>Convention</i></p><ul><li>one</li><li>two</li></ul>x<br>y';
    expect(await blocks(html)).toBe('Title | The Budapest Convention | one | two | x | y');
  });

  it('leaves out scripts, styles, templates, the head, attributes, form fields, editable and hidden elements', async () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <script>s</script><noscript>n</noscript><template>t</template>
      <p title="attr">seen</p><img alt="alt"><input value="v"><textarea>ta</textarea>
      <select><option>o</option></select><div hidden>h</div><span style="display:none">d</span>
      <div contenteditable>typed</div><button>Go</button></body></html>`;
    expect(await blocks(html)).toBe('seen | Go');
  });

  it('leaves out code, as the extension does by default', async () => {
    expect(await blocks('<p>Read <code>this</code> here</p><pre>line one\nline  two</pre>')).toBe('Read here');
  });

  it('does not run scripts', async () => {
    (globalThis as Record<string, unknown>).scanRan = false;
    await htmlToText('<script>globalThis.scanRan = true</script><p>text</p>');
    expect((globalThis as Record<string, unknown>).scanRan).toBe(false);
  });
});
