import type { EntityType } from '../../../lib/shared/corpus-format/corpus-schema';
import type { SearchEntry } from '../../../lib/corpus/search';

export function entry(
  id: string,
  type: EntityType,
  name: string,
  aliases: string[] = [],
  summary = '',
  mentions = 0,
): SearchEntry {
  return { id, type, name, shortName: name, aliases, summary, mentions };
}

/** A handful of entities whose names overlap the way the real corpus's do. */
export const entries: SearchEntry[] = [
  entry('itu', 'organization', 'International Telecommunication Union', ['ITU'],
    'The UN agency for information and communication technologies.', 10),
  entry('wcit-2012', 'event', 'World Conference on International Telecommunications 2012', ['WCIT'],
    'An ITU conference that revised the International Telecommunication Regulations.', 3),
  entry('sco', 'organization', 'Shanghai Cooperation Organization', ['SCO'],
    'A regional organisation whose members tabled a code of conduct at the UN.', 5),
  entry('sco-code-of-conduct', 'instrument', 'International Code of Conduct for Information Security',
    ['A/66/359', 'SCO Code of Conduct'], 'A draft code tabled by SCO members at the UN General Assembly.', 8),
  entry('cicir-code-proposal', 'instrument', 'CICIR proposed Code of Conduct', [],
    'Suggestions by a think tank for a code.', 2),
  entry('un-gge', 'organization', 'UN Group of Governmental Experts', ['GGE', 'UN GGE', 'UN-GGE'],
    'Experts who report on norms of state behaviour in cyberspace.', 40),
  entry('gge-report-2013', 'instrument', '2013 GGE report', ['A/68/98', 'GGE report'],
    'The GGE consensus report; the GGE agreed that international law applies.', 12),
  entry('budapest-convention', 'instrument', 'Budapest Convention on Cybercrime', ['Convention on Cybercrime'],
    'The Council of Europe treaty on cybercrime.', 4),
  entry('council-of-europe', 'organization', 'Council of Europe', [], 'Drafted the Budapest Convention.', 2),
  entry('cote-divoire', 'country', "Côte d'Ivoire", ['Ivory Coast'], 'A West African state.', 0),
  entry('confidence-building-measures', 'concept', 'confidence-building measures', ['CBMs', 'CBM'],
    'Steps that make state behaviour predictable.', 20),
];
