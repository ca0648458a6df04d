import type { Entity } from '../../../lib/shared/corpus-format/corpus-schema';

const SECD_DOC = '000_f8bf8a2838953af0.txt';
const WORKSHOP_DOC = '001_140b32fc558893e9.txt';

export const cicir: Entity = {
  id: 'cicir',
  name: 'China Institutes of Contemporary International Relations',
  shortName: 'CICIR',
  type: 'organization',
  aliases: ['CICIR', 'China Institute of Contemporary International Relations', 'Cicir', 'CICIR’s institute'],
  variants: ['CICIR’s institute'],
  summary: 'A Chinese government-affiliated think tank.',
  facts: [
    { text: 'Co-hosted the third SECD meeting in The Hague.', source: SECD_DOC },
    { text: 'Held six formal meetings on cybersecurity with CSIS since 2009.', source: '004_1a3fa6c9be43639d.txt' },
  ],
  relations: [
    { type: 'co-host of', target: 'secd', source: SECD_DOC },
    { type: 'partner of', target: 'nowhere', source: SECD_DOC },
  ],
  positions: [],
  rules: [],
  sources: [1, 2, 3, 4, 5].map((n) => ({
    doc: n % 2 ? SECD_DOC : WORKSHOP_DOC,
    start: n * 100,
    end: n * 100 + 5,
    quote: `Excerpt number ${n} naming CICIR.`,
  })),
};

export const secd: Entity = {
  id: 'secd',
  name: 'Sino-European Cyber Dialogue',
  shortName: 'SECD',
  type: 'process',
  aliases: ['SECD'],
  variants: [],
  summary: 'A track 2 dialogue between Chinese and European experts.',
  facts: [],
  relations: [{ type: 'hosted by', target: 'hcss', source: SECD_DOC }],
  positions: [],
  rules: [],
  sources: [],
};

export const hcss: Entity = {
  id: 'hcss',
  name: 'The Hague Centre for Strategic Studies',
  shortName: 'The Hague Centre for Strategic Studies',
  type: 'organization',
  aliases: ['HCSS'],
  variants: [],
  summary: 'A Dutch think tank.',
  facts: [],
  relations: [],
  positions: [],
  rules: [],
  sources: [],
};

export const corpus = [cicir, secd, hcss];
