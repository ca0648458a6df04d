/**
 * What Attaché is compared with on the same page: scripts the bench page runs itself after
 * DOMContentLoaded and the page's first frame (as Attaché's content script, at document idle,
 * runs after it; run before it, a baseline would be charged with the page's first layout),
 * each leaving `window.__bench = { first, done }` (performance.now() when
 * its first highlight was registered and when it was done).
 *
 * - plain: a TreeWalker over text nodes (no filter), one RegExp of every name and alias, one
 *   StaticRange per match in one CSS Highlight: about the least a highlighter can do.
 * - mark.js (node_modules/mark.js): `markRegExp` with the same RegExp, wrapping each match in
 *   an element (`mark(terms)` walks the text once per term, and with this many terms its
 *   recursion overflows the stack).
 */
import { readFileSync } from 'node:fs';

const MARK_JS = 'node_modules/mark.js/dist/mark.min.js';

/** One RegExp of every term, longest first, at word edges: group 1 is what precedes, group 2 the term. */
export function termPattern(terms: string[]): string {
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(^|[^\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

export function plainBaseline(terms: string[]): string {
  return `<style>::highlight(bench) { background: #ffe08a; }</style>
<script>
document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => {
  const pattern = new RegExp(${JSON.stringify(termPattern(terms))}, 'gu');
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[1].length;
      highlight.add(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: start + m[2].length }));
    }
  }
  CSS.highlights.set('bench', highlight);
  const done = performance.now();
  window.__bench = { first: done, done, found: highlight.size };
})));
</script>`;
}

export function markJsBaseline(terms: string[]): string {
  return `<script>${readFileSync(MARK_JS, 'utf8')}</script>
<script>
document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => {
  const pattern = new RegExp(${JSON.stringify(termPattern(terms))}, 'gu');
  new Mark(document.body).markRegExp(pattern, {
    ignoreGroups: 1,
    done: (found) => {
      const done = performance.now();
      window.__bench = { first: done, done, found };
    },
  });
})));
</script>`;
}
