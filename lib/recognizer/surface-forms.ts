/**
 * The text of each mention, shared between mentions spelled alike. A dense page names the same
 * entities hundreds of times in a handful of spellings ("China", "Chinese"); a string per
 * mention would be most of what `find` allocates.
 */
export class SurfaceForms {
  /** Per entity, the spelling it was last seen in. */
  private readonly last: (string | undefined)[];

  constructor(private readonly text: string, entities: number) {
    this.last = new Array<string | undefined>(entities).fill(undefined);
  }

  /** text.slice(start, end), reusing the entity's last spelling when it is the same. */
  at(start: number, end: number, entity: number): string {
    const seen = this.last[entity];
    if (seen !== undefined && seen.length === end - start && this.text.startsWith(seen, start)) return seen;
    const surface = this.text.slice(start, end);
    this.last[entity] = surface;
    return surface;
  }
}
