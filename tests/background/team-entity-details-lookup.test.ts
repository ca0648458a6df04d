import { describe, expect, it } from 'vitest';
import { loadCorpus, openCorpusDb } from '../../lib/corpus/db';
import { createDetailsLookup } from '../../lib/background/entity-details-lookup';
import { withTeamDetails } from '../../lib/background/team-entity-details-lookup';
import type { TeamEntry, TeamFact } from '../../lib/notes/team-glossary';
import { freshIndexedDb } from '../corpus/db/fixtures';
import { cicir, hcss, secd } from '../shared/card/fixtures';

const pageFact = (text: string): TeamFact => ({
  text,
  source: {
    quote: 'The OEWG adopted its final report by consensus.',
    prefix: '',
    suffix: '',
    url: 'https://news.example/oewg',
    title: 'OEWG wraps up',
    date: '2026-11-30',
  },
});

const entry = (fields: { id: string } & Partial<TeamEntry>): TeamEntry => ({
  aliases: [], facts: [], relations: [], positions: [], rules: [],
  addedBy: { id: 'a', name: 'Ana' }, addedAt: '2026-12-01T10:00:00Z',
  changedBy: { id: 'b', name: 'Ben' }, changedAt: '2026-12-02T09:00:00Z',
  ...fields,
});

const oewg = entry({
  id: 'team-oewg', name: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'],
  summary: 'The UN working group open to all member states.',
  facts: [pageFact('Adopted its final report in July.')],
  relations: [{ type: 'successor of', target: 'secd', source: pageFact('').source }],
});
const cicirExtra = entry({ id: 'team-cicir-extra', extends: 'cicir', aliases: ['CICIR', 'Xiandai Yuan'], facts: [pageFact('Hosted a 2026 dialogue.')] });

async function lookupWith(entries: TeamEntry[]) {
  const db = openCorpusDb(freshIndexedDb());
  await loadCorpus(db, { version: 'a', entities: [cicir, secd, hcss] });
  return withTeamDetails(createDetailsLookup(db), async () => ({ entries }));
}

describe('card details with the team glossary', () => {
  it('answers a team entity id from the team entries, cited and marked as the team’s', async () => {
    const details = await (await lookupWith([oewg, cicirExtra]))('team-oewg');
    expect(details?.entity).toMatchObject({ id: 'team-oewg', name: 'Open-Ended Working Group', shortName: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'] });
    expect(details?.entity.summary).toBe('The UN working group open to all member states.');
    expect(details?.team).toEqual({
      kind: 'own',
      parts: [{
        entryId: 'team-oewg', aliases: ['OEWG'],
        facts: [{ text: 'Adopted its final report in July.', source: { quote: 'The OEWG adopted its final report by consensus.', url: 'https://news.example/oewg', title: 'OEWG wraps up', date: '2026-11-30' } }],
        positions: [], addedBy: 'Ana', addedAt: '2026-12-01T10:00:00Z', changedBy: 'Ben', changedAt: '2026-12-02T09:00:00Z',
      }],
    });
    expect(details?.related).toEqual([{ id: 'secd', name: secd.shortName, type: secd.type, relation: 'successor of', direction: 'outgoing' }]);
  });

  it('adds a team extension to the bundled card apart, with only the names it lacks', async () => {
    const details = await (await lookupWith([oewg, cicirExtra]))('cicir');
    expect(details?.entity).toEqual(cicir);
    expect(details?.team?.kind).toBe('extension');
    expect(details?.team?.parts.map((p) => [p.entryId, p.aliases, p.facts.map((f) => f.text)])).toEqual([
      ['team-cicir-extra', ['Xiandai Yuan'], ['Hosted a 2026 dialogue.']],
    ]);
    expect((await (await lookupWith([oewg, cicirExtra]))('secd'))?.team).toBeUndefined();
  });

  it('answers null for ids neither glossary holds, and for an extension’s own id', async () => {
    const lookup = await lookupWith([oewg, cicirExtra]);
    expect(await lookup('nobody')).toBeNull();
    expect(await lookup('team-cicir-extra')).toBeNull();
  });
});
