import { describe, expect, it } from 'vitest';
import { validateEntity } from '../../../lib/build/glossary/validate-entity';
import type { GlossaryBlock } from '../../../lib/build/glossary/load';
import { checkTeamEntryFields, MAX_ENTRY_CHARS } from '../../../lib/notes/team-glossary';
import { oewgDraft, source } from './fixtures';

const SOURCE_DOC = '000_f8bf8a2838953af0.txt';

function bundledProblems(value: unknown): { field?: string; message: string }[] {
  const block: GlossaryBlock = { file: 'seeds/glossary/test.yaml', index: 0, value, lineOf: () => 1 };
  return validateEntity(block, [SOURCE_DOC]).problems.map(({ field, message }) => ({ field, message }));
}

function teamProblems(value: unknown): { field?: string; message: string }[] {
  return checkTeamEntryFields(value).problems.map(({ field, message }) => ({ field, message }));
}

describe('team entry validation, shared with the bundled glossary', () => {
  it('gives the bundled glossary and a team entry the same messages for the same faults', () => {
    const faults = {
      id: 'Bad Id',
      type: 'committee',
      summary: 'One. Two. Three. Four.',
      aliases: ['OEWG', 'OEWG'],
      rules: [{ form: 'Nowhere', cues: [] }],
      colour: 'red',
    };
    const bundled = bundledProblems({ ...oewgDraft({ facts: [] }), ...faults });
    const team = teamProblems({ ...oewgDraft({ facts: [] }), ...faults });
    expect(bundled.length).toBeGreaterThanOrEqual(6);
    // The team entry allows a few fields of its own, so "unknown field" lists more names.
    const comparable = (ps: { field?: string; message: string }[]) => ps.filter((p) => p.field !== 'colour');
    expect(comparable(team)).toEqual(comparable(bundled));
    expect(team.find((p) => p.field === 'colour')?.message).toMatch(/^unknown field, expected one of id, name, shortName, type/);
  });

  it('accepts a valid entry with a page source and keeps the ambiguity rules', () => {
    const { fields, problems } = checkTeamEntryFields(oewgDraft({ rules: [{ form: 'OEWG', ambiguous: true, cues: ['cyber'] }] }));
    expect(problems).toEqual([]);
    expect(fields?.rules).toEqual([{ form: 'OEWG', ambiguous: true, cues: ['cyber'] }]);
    expect(fields?.facts[0]?.source).toEqual(source);
  });

  it('refuses a fact without a source, or with a source lacking its quote, address, title or date', () => {
    expect(teamProblems(oewgDraft({ facts: [{ text: 'Uncited.' }] }))).toEqual([
      { field: 'facts[0].source', message: 'a fact needs its source: the quoted passage, the page address, its title and the date it was read' },
    ]);
    const without = (key: keyof typeof source) => {
      const { [key]: _gone, ...rest } = source;
      return teamProblems(oewgDraft({ facts: [{ text: 'A fact.', source: rest }] }));
    };
    expect(without('quote')).toEqual([{ field: 'facts[0].source.quote', message: 'expected non-empty text, got nothing' }]);
    expect(without('url')).toEqual([{ field: 'facts[0].source.url', message: 'expected non-empty text, got nothing' }]);
    expect(without('title')).toEqual([{ field: 'facts[0].source.title', message: 'expected non-empty text, got nothing' }]);
    expect(without('date')[0]?.field).toBe('facts[0].source.date');
    // A relation cites its source as a fact does.
    expect(teamProblems(oewgDraft({ relations: [{ type: 'part of', target: 'un-gge' }] }))[0]?.field).toBe('relations[0].source');
  });

  it('refuses a source that is not an http(s) page', () => {
    const problems = teamProblems(oewgDraft({ facts: [{ text: 'A fact.', source: { ...source, url: 'javascript:alert(1)' } }] }));
    expect(problems).toEqual([{ field: 'facts[0].source.url', message: 'expected an http or https address, got "javascript:alert(1)"' }]);
  });

  it('refuses an oversized entry before reading any field', () => {
    const problems = teamProblems(oewgDraft({ aliases: Array.from({ length: 4000 }, (_, i) => `alias number ${i}`) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(`at most ${MAX_ENTRY_CHARS}`);
  });

  it('lets an entry extending a bundled entity leave out name, type and summary', () => {
    const { fields, problems } = checkTeamEntryFields(
      { id: 'gge-extra', extends: 'un-gge', aliases: ['Group of Experts'], rules: [{ form: 'GGE', cues: ['cyber'] }], facts: [{ text: 'Met again.', source }] },
      ['UN Group of Governmental Experts', 'GGE'],
    );
    expect(problems).toEqual([]);
    expect(fields?.extends).toBe('un-gge');
  });
});
