/**
 * Scores a recogniser against the labelled passages. A labelled mention counts as found when the
 * recogniser returns a mention of the same entity overlapping it (the extent may differ: "UN GGE"
 * for a label on "GGE" is a hit). Every mention the recogniser returns that overlaps no label of
 * its entity is a false mention; on negative passages those are the false alarms.
 */
import type { Mention, Recognizer } from '../../lib/shared/recognizer';
import type { LabelledMention, Passage, PassageKind } from './fixtures';

export interface Miss {
  passage: string;
  label: LabelledMention;
  /** What the recogniser returned over the label instead, if anything (a wrong entity). */
  found: Mention[];
}

export interface FalseMention {
  passage: string;
  kind: PassageKind;
  mention: Mention;
  /** Labels of other entities it overlaps: the recogniser picked the wrong entity. */
  overlapsLabels: LabelledMention[];
}

export interface Evaluation {
  passages: { positive: number; negative: number };
  labelled: number;
  foundLabelled: number;
  /** foundLabelled / labelled; 1 when nothing is labelled. */
  recall: number;
  /** Mentions returned on positive passages, and how many of them match a label. */
  returnedOnPositives: number;
  correctOnPositives: number;
  /** correctOnPositives / returnedOnPositives; 1 when nothing was returned. */
  precision: number;
  /** False mentions on negative passages. */
  falseAlarms: number;
  misses: Miss[];
  falseMentions: FalseMention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function evaluate(recognizer: Recognizer, passages: readonly Passage[]): Evaluation {
  const misses: Miss[] = [];
  const falseMentions: FalseMention[] = [];
  let labelled = 0;
  let foundLabelled = 0;
  let returnedOnPositives = 0;
  let correctOnPositives = 0;

  for (const passage of passages) {
    const found = recognizer.find(passage.text);
    for (const label of passage.mentions) {
      labelled++;
      const over = found.filter((m) => overlaps(m, label));
      if (over.some((m) => m.id === label.id)) foundLabelled++;
      else misses.push({ passage: passage.name, label, found: over });
    }
    for (const mention of found) {
      const over = passage.mentions.filter((l) => overlaps(l, mention));
      const correct = over.some((l) => l.id === mention.id);
      if (passage.kind === 'positive') {
        returnedOnPositives++;
        if (correct) correctOnPositives++;
      }
      if (!correct) falseMentions.push({ passage: passage.name, kind: passage.kind, mention, overlapsLabels: over });
    }
  }

  return {
    passages: {
      positive: passages.filter((p) => p.kind === 'positive').length,
      negative: passages.filter((p) => p.kind === 'negative').length,
    },
    labelled,
    foundLabelled,
    recall: labelled === 0 ? 1 : foundLabelled / labelled,
    returnedOnPositives,
    correctOnPositives,
    precision: returnedOnPositives === 0 ? 1 : correctOnPositives / returnedOnPositives,
    falseAlarms: falseMentions.filter((f) => f.kind === 'negative').length,
    misses,
    falseMentions,
  };
}
