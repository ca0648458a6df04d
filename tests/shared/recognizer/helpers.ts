import { compileRecognizer, createRecognizer, type RecognizerEntry } from '../../../lib/shared/recognizer';
import type { AliasRule } from '../../../lib/shared/corpus-format/corpus-schema';

export function entry(id: string, name: string, aliases: string[] = [], rules: AliasRule[] = []): RecognizerEntry {
  return { id, name, aliases, rules };
}

/** A recogniser that went through JSON, as the content script receives it. */
export function recognizer(entries: RecognizerEntry[]) {
  return createRecognizer(JSON.parse(JSON.stringify(compileRecognizer(entries))));
}

/** Mentions as "text=id" pairs, for readable expectations. */
export function found(entries: RecognizerEntry[], text: string): string[] {
  return recognizer(entries).find(text).map((m) => `${m.text}=${m.id}`);
}
