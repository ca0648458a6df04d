/**
 * The welcome page's sample passage: plain text with a few terms of the bundled corpus, each
 * named by entity id so the page marks it with that entity's type and opens its real card.
 */
export type PassagePart = string | { term: string; id: string };

export const SAMPLE_PASSAGE: readonly PassagePart[] = [
  'At a workshop co-hosted by ',
  { term: 'CICIR', id: 'cicir' },
  ', ',
  { term: 'Li Baodong', id: 'li-baodong' },
  ' set out how ',
  { term: 'China', id: 'china' },
  ' reads the ',
  { term: 'Budapest Convention', id: 'budapest-convention' },
  ', and why ',
  { term: 'confidence-building measures', id: 'confidence-building-measures' },
  ' belong on the agenda of the ',
  { term: 'UN GGE', id: 'un-gge' },
  '.',
];
