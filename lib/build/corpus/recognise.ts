import { compileRecognizer, createRecognizer, type Mention, type RecognizerEntry } from '../../shared/recognizer/index';

/**
 * Mentions of the entities in each text, by start. The recogniser keeps the leftmost longest
 * match, so an entity named only inside another's longer mention ("Edward Snowden's
 * revelations" read as Edward Snowden, "the DOD Strategy for Operating in Cyberspace" as the
 * strategy) would seem absent from the sources. Entities not found are looked for again with a
 * recogniser of their own, until a pass finds nothing new.
 */
export function recogniseEntities(texts: string[], entries: RecognizerEntry[]): Mention[][] {
  const mentions = texts.map((): Mention[] => []);
  let pending = entries;
  while (pending.length > 0) {
    const recognizer = createRecognizer(compileRecognizer(pending));
    const found = new Set<string>();
    texts.forEach((text, i) => {
      for (const mention of recognizer.find(text)) {
        mentions[i]!.push(mention);
        found.add(mention.id);
      }
    });
    if (found.size === 0) break;
    pending = pending.filter((e) => !found.has(e.id));
  }
  return mentions.map((list) => list.sort((a, b) => a.start - b.start || a.end - b.end));
}
