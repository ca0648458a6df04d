/**
 * Whether an element is hidden, remembered per element. The cache holds until `invalidate()`,
 * which the caller invokes when attributes that can show or hide content change; the
 * remembered answers then count as unknown again, without walking the page to clear them.
 */
export class VisibilityCache {
  private readonly known = new WeakMap<Element, { hidden: boolean; generation: number }>();
  /** Elements found hidden, and the parents of those: where a changed attribute can reveal text. */
  private readonly concealing = new WeakSet<Element>();
  private generation = 0;

  isHidden(el: Element): boolean {
    const seen = this.known.get(el);
    if (seen && seen.generation === this.generation) return seen.hidden;
    const hidden = el.hasAttribute('hidden') || (typeof el.checkVisibility === 'function' && !el.checkVisibility());
    this.known.set(el, { hidden, generation: this.generation });
    if (hidden) {
      this.concealing.add(el);
      if (el.parentElement) this.concealing.add(el.parentElement);
    }
    return hidden;
  }

  /**
   * Whether a change to this element's attributes may have revealed text that was skipped:
   * true for elements found hidden and their parents (a `<details>` opening, a menu whose
   * class changes). Changes further up are not followed, to keep attribute churn cheap.
   */
  mayReveal(el: Element): boolean {
    return this.concealing.has(el);
  }

  invalidate(): void {
    this.generation++;
  }
}
