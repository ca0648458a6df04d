/**
 * Whether an element is hidden, remembered per element. The cache holds until `invalidate()`,
 * which the caller invokes when attributes that can show or hide content change; the
 * remembered answers then count as unknown again, without walking the page to clear them.
 */
export class VisibilityCache {
  private readonly known = new WeakMap<Element, { hidden: boolean; generation: number }>();
  private generation = 0;

  isHidden(el: Element): boolean {
    const seen = this.known.get(el);
    if (seen && seen.generation === this.generation) return seen.hidden;
    const hidden = el.hasAttribute('hidden') || (typeof el.checkVisibility === 'function' && !el.checkVisibility());
    this.known.set(el, { hidden, generation: this.generation });
    return hidden;
  }

  invalidate(): void {
    this.generation++;
  }
}
