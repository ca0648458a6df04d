import type { BundledOwner, TeamSource } from '../../../lib/notes/team-glossary';

export const alice = { id: 'author-alice', name: 'Alice' };
export const bob = { id: 'author-bob', name: 'Bob' };

export const source: TeamSource = {
  quote: 'The Open-Ended Working Group adopted its final report by consensus.',
  prefix: 'In July 2025, ',
  suffix: ' Delegations welcomed',
  url: 'https://example.org/news/oewg-final-report',
  title: 'OEWG concludes its work',
  date: '2026-12-01',
};

/** An entity of the team's own, valid by every rule. */
export function oewgDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'oewg',
    name: 'Open-Ended Working Group',
    type: 'process',
    aliases: ['OEWG'],
    summary: 'The UN working group on ICT security open to all member states.',
    facts: [{ text: 'It adopted its final report by consensus in July 2025.', source }],
    ...overrides,
  };
}

export const bundled: BundledOwner[] = [
  { id: 'un-gge', name: 'UN Group of Governmental Experts', aliases: ['UN GGE', 'GGE'], rules: [] },
  { id: 'tallinn-manual', name: 'Tallinn Manual', aliases: [], rules: [] },
];
