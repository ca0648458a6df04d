/**
 * The text of each mention, shared between mentions spelled alike. A dense page names the same
 * entities hundreds of times in a handful of spellings ("China", "Chinese"); a string per
 * mention would be most of what `find` allocates. One per recogniser, kept from text to text:
 * a spelling remembered from an earlier text is reused only where the new text has it too.
 */
export class SurfaceForms {
  /** Per entity, the spelling it was last seen in. */
  private readonly last: (string | undefined)[];

  constructor(entities: number) {
    this.last = new Array<string | undefined>(entities).fill(undefined);
  }

  /** text.slice(start, end), reusing the entity's last spelling when it is the same. */
  at(text: string, start: number, end: number, entity: number): string {
    const seen = this.last[entity];
    if (seen !== undefined && seen.length === end - start && text.startsWith(seen, start)) return seen;
    const surface = text.slice(start, end);
    this.last[entity] = surface;
    return surface;
  }
}
