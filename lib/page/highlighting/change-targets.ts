/**
 * Turns a batch of DOM mutations into reading work: which subtrees were removed (their
 * mentions go) and which runs of text to read again. A change inside a paragraph rereads the
 * run of inline content around it (so "Budapest <b>Convention</b>" is found when the <b> comes
 * later), not the whole block it sits in, which may be the whole page.
 */
import { isOwnElement } from '../own-elements';
import { classify, ElementKind, isInsideSkipped, type ElementRules } from '../text';

export interface ScanWork {
  removed: Node[];
  /** Runs of sibling nodes to read again, none inside another. */
  runs: Node[][];
}

/** How far a run extends either side of the changed node: bounds the cost of one change. */
const RUN_LIMIT = 64;

const isOwn = (node: Node): boolean => node.nodeType === 1 && isOwnElement(node as Element);

export function workFor(records: readonly MutationRecord[], rules: ElementRules, mayReveal: (el: Element) => boolean): ScanWork {
  const removed: Node[] = [];
  const changed: Node[] = [];
  for (const record of records) {
    if (record.type === 'childList') {
      record.removedNodes.forEach((n) => {
        if (!isOwn(n)) removed.push(n);
      });
      record.addedNodes.forEach((n) => {
        if (!isOwn(n)) changed.push(n);
      });
    } else if (record.type === 'characterData') {
      changed.push(record.target);
    } else if (record.type === 'attributes' && mayReveal(record.target as Element)) {
      changed.push(record.target);
    }
  }
  const runs: Node[][] = [];
  const seen = new Set<Node>();
  for (const node of changed) {
    if (!node.isConnected || seen.has(node) || isInsideSkipped(node, rules)) continue;
    const run = runAround(node, rules);
    run.forEach((n) => seen.add(n));
    runs.push(run);
  }
  return { removed, runs: runs.filter((run) => !hasAncestorIn(run[0]!, seen)) };
}

function isBlockNode(node: Node, rules: ElementRules): boolean {
  return node.nodeType === 1 && classify(node as Element, rules) === ElementKind.block;
}

/** The node itself if it is a block; else the run of inline siblings around its topmost inline ancestor. */
function runAround(node: Node, rules: ElementRules): Node[] {
  let n = node;
  for (;;) {
    if (isBlockNode(n, rules)) return [n];
    const parent = n.parentNode;
    if (!parent || parent.nodeType !== 1 || isBlockNode(parent, rules)) break;
    n = parent;
  }
  let first = n;
  for (let i = 0; i < RUN_LIMIT && first.previousSibling && !isBlockNode(first.previousSibling, rules); i++) {
    first = first.previousSibling;
  }
  const run = [first];
  for (let s = first; s !== n; ) {
    s = s.nextSibling!;
    run.push(s);
  }
  for (let s = n.nextSibling, i = 0; s && i < RUN_LIMIT && !isBlockNode(s, rules); s = s.nextSibling, i++) run.push(s);
  return run;
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
