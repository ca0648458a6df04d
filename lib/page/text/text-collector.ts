/**
 * Reads the visible text under some roots in document order, a chunk at a time, so that a
 * caller can spread a large page over many short tasks. A walker (plain-walker.ts: a TreeWalker
 * without a JavaScript NodeFilter) does the traversal: it rejects skipped subtrees (see
 * element-rules) in one step and passes over inline elements,
 * stopping only at text and at the blocks whose edges become separators. Open shadow roots
 * are read where their host stands, before the host's own children.
 */
import { classify, ElementKind, type ElementRules } from './element-rules';
import { PlainWalker, Verdict, type ElementFilter } from './plain-walker';
import { BLOCK_SEPARATOR, type TextChunk } from './text-chunk';

/** A block this many times the chunk size is cut between text nodes rather than read whole. */
const HARD_LIMIT_FACTOR = 4;

export interface CollectOptions extends ElementRules {
  /** A chunk ends at the first block edge after this many characters. */
  chunkSize: number;
  /** Called for every open shadow root met, so the caller can watch it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

interface Frame {
  walker: PlainWalker;
  /** False until the walker's root has been visited. */
  started: boolean;
}

export class TextCollector {
  private readonly roots: Node[];
  private readonly stack: Frame[] = [];
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  private readonly filter: ElementFilter;

  /** `roots` are read one after another with no separator between them: pass a run of siblings. */
  constructor(roots: readonly Node[], private readonly options: CollectOptions) {
    this.roots = [...roots].reverse();
    this.filter = (el: Element) => {
      const kind = classify(el, options);
      return kind === ElementKind.skip ? Verdict.reject : kind === ElementKind.block ? Verdict.accept : Verdict.skip;
    };
  }

  /** The next chunk, or undefined once everything has been read. */
  next(): TextChunk | undefined {
    const { chunkSize } = this.options;
    // A chunk ends on a block edge, so a term split over inline elements stays in one chunk;
    // only a single block many times the chunk size is cut between two of its text nodes.
    while (this.step()) {
      if (this.length >= chunkSize && (this.endsWithSeparator() || this.length >= chunkSize * HARD_LIMIT_FACTOR)) break;
    }
    if (this.nodes.length === 0) return undefined;
    const chunk: TextChunk = { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.length = 0;
    return chunk;
  }

  /** Visits one node; false when there is nothing left. */
  private step(): boolean {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      const root = this.roots.pop();
      if (!root) return false;
      this.push(root);
      return true;
    }
    const { walker } = frame;
    if (!frame.started) {
      frame.started = true;
      this.enter(walker.currentNode, frame);
    } else if (walker.firstChild()) {
      this.enter(walker.currentNode, frame);
    } else {
      this.climb(frame);
    }
    return true;
  }

  /** Leaves the current node and every ancestor it was the last child of; pops a finished walker. */
  private climb(frame: Frame): void {
    const { walker } = frame;
    for (let node = walker.currentNode; ; node = walker.currentNode) {
      if (this.isBlock(node, frame)) this.separate();
      if (node === walker.root) {
        this.stack.pop();
        return;
      }
      if (walker.nextSibling()) {
        this.enter(walker.currentNode, frame);
        return;
      }
      // parentNode() returns null instead of the root when the filter would not show the
      // root itself (a shadow root, an inline element): the root is reached either way.
      if (!walker.parentNode()) walker.currentNode = walker.root;
    }
  }

  private push(root: Node): void {
    if (root.nodeType === 1 && classify(root as Element, this.options) === ElementKind.skip) return;
    this.stack.push({ walker: new PlainWalker(root, this.filter), started: false });
  }

  private enter(node: Node, frame: Frame): void {
    if (node.nodeType === 3) {
      this.addText(node as Text);
      return;
    }
    if (this.isBlock(node, frame)) this.separate();
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) {
      this.options.onShadowRoot?.(shadow);
      // On top of the stack, so it is read before this walker descends into the host's children.
      this.push(shadow);
    }
  }

  /**
   * The walker stops only at blocks (the filter passes over inline elements), except at its
   * root, which it visits whatever it is; a shadow root stands apart like a block.
   */
  private isBlock(node: Node, frame: Frame): boolean {
    if (node.nodeType === 11) return true;
    if (node.nodeType !== 1) return false;
    return node !== frame.walker.root || classify(node as Element, this.options) === ElementKind.block;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    // Text directly under a shadow host shows only if a slot takes it in.
    if ((node.parentNode as Element | null)?.shadowRoot && node.assignedSlot === null) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  private endsWithSeparator(): boolean {
    return this.parts[this.parts.length - 1] === BLOCK_SEPARATOR;
  }

  private separate(): void {
    if (this.length === 0 || this.endsWithSeparator()) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length += 1;
  }
}

/** Whether any visible text under `root` has a letter or digit; stops at the first that does. */
export function hasVisibleText(root: Node, rules: ElementRules): boolean {
  const collector = new TextCollector([root], { ...rules, chunkSize: 1 });
  for (let chunk = collector.next(); chunk; chunk = collector.next()) {
    if (/[\p{L}\p{N}]/u.test(chunk.text)) return true;
  }
  return false;
}

/** All the visible text under `root` at once, as the chunks would give it: for pages read whole. */
export function collectText(root: Node, rules: ElementRules): string {
  const collector = new TextCollector([root], { ...rules, chunkSize: Number.POSITIVE_INFINITY });
  let text = '';
  for (let chunk = collector.next(); chunk; chunk = collector.next()) text += chunk.text;
  return text;
}
