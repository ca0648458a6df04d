import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { PlainWalker, Verdict } from '../../../lib/page/text/plain-walker';

/**
 * Runs in a Chromium page: builds random trees, walks each from random roots with Chromium's
 * own TreeWalker and with PlainWalker making the same random moves, and gives the first
 * difference, or null. The reference is a real browser because happy-dom's TreeWalker departs
 * from the DOM standard in nextSibling after passing through a skipped element.
 */
function compareWalks(args: { seeds: number; walkerSource: string; verdict: Record<string, number> }): string | null {
  const Verdict = args.verdict;
  const Walker = new Function('Verdict', `return (${args.walkerSource})`)(Verdict) as new (
    root: Node,
    filter: (el: Element) => number,
  ) => { currentNode: Node; firstChild(): Node | null; nextSibling(): Node | null; parentNode(): Node | null };
  // The verdicts the text collector gives: blocks accepted, inline elements passed over,
  // skipped subtrees rejected; unknown tags are inline.
  const verdicts: Record<string, number> = {
    DIV: Verdict.accept!, P: Verdict.accept!, LI: Verdict.accept!, 'X-CARD': Verdict.accept!,
    SPAN: Verdict.skip!, B: Verdict.skip!, A: Verdict.skip!,
    SCRIPT: Verdict.reject!, TEXTAREA: Verdict.reject!, CODE: Verdict.reject!,
  };
  const tags = Object.keys(verdicts);
  const filter = (el: Element) => verdicts[el.tagName] ?? Verdict.skip!;
  const describeNode = (n: Node | null) => (n ? `${n.nodeName}${n.nodeType === 3 ? `"${n.textContent}"` : ''}` : 'null');

  for (let seed = 1; seed <= args.seeds; seed++) {
    let s = seed;
    const pick = (n: number) => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) % n;
    };
    const grow = (parent: Node, depth: number) => {
      const count = pick(depth > 4 ? 2 : 5);
      for (let i = 0; i < count; i++) {
        const what = pick(10);
        if (what < 3) parent.appendChild(document.createTextNode(pick(4) === 0 ? '' : `t${pick(100)}`));
        else if (what === 3) parent.appendChild(document.createComment('c'));
        else {
          const el = document.createElement(tags[pick(tags.length)]!);
          parent.appendChild(el);
          grow(el, depth + 1);
        }
      }
    };
    const host = document.createElement('div');
    grow(host, 0);
    const nodes: Node[] = [];
    const collect = (n: Node) => {
      nodes.push(n);
      for (let c = n.firstChild; c; c = c.nextSibling) collect(c);
    };
    collect(host);
    for (let r = 0; r < 4; r++) {
      const root = nodes[pick(nodes.length)]!;
      const plain = new Walker(root, filter);
      const native = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node: Node) => (node.nodeType === 1 ? filter(node as Element) : NodeFilter.FILTER_ACCEPT),
      });
      for (let step = 0; step < 60; step++) {
        const move = (['firstChild', 'nextSibling', 'parentNode'] as const)[pick(3)]!;
        const got = plain[move]();
        const want = native[move]();
        if (got !== want || plain.currentNode !== native.currentNode) {
          return `seed ${seed}, root ${r}, step ${step}, ${move}: ${describeNode(got)} instead of ${describeNode(want)} in ${host.outerHTML}`;
        }
        // The collector goes back to the root when parentNode finds none.
        if (pick(8) === 0) plain.currentNode = native.currentNode = root;
      }
    }
  }
  return null;
}

describe('PlainWalker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("makes the same moves as Chromium's TreeWalker with the same filter, over random trees and roots", async () => {
    const page = await browser.newPage();
    const difference = await page.evaluate(compareWalks, { seeds: 500, walkerSource: PlainWalker.toString(), verdict: { ...Verdict } });
    expect(difference).toBeNull();
  });
});
