/**
 * The matches a scan found, as parallel typed columns: a dense page yields hundreds of
 * thousands, and an object each would cost more in allocation and garbage collection than the
 * scan itself.
 */
export class Matches {
  length = 0;
  start: Int32Array;
  /** End of the mention, plural suffix included. */
  end: Int32Array;
  /** End of the form itself, without suffix: where the automaton found it. */
  formEnd: Int32Array;
  pattern: Int32Array;

  constructor(capacity = 64) {
    const size = Math.max(16, capacity);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.formEnd = new Int32Array(size);
    this.pattern = new Int32Array(size);
  }

  push(start: number, end: number, formEnd: number, pattern: number): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.formEnd[i] = formEnd;
    this.pattern[i] = pattern;
  }

  /** Appends the matches of `other` whose form ends after `after`. */
  appendAfter(other: Matches, after: number): void {
    for (let i = 0; i < other.length; i++) {
      if (other.formEnd[i]! > after) this.push(other.start[i]!, other.end[i]!, other.formEnd[i]!, other.pattern[i]!);
    }
  }

  private grow(): void {
    const size = this.start.length * 2;
    const wider = (column: Int32Array) => {
      const next = new Int32Array(size);
      next.set(column);
      return next;
    };
    this.start = wider(this.start);
    this.end = wider(this.end);
    this.formEnd = wider(this.formEnd);
    this.pattern = wider(this.pattern);
  }
}
