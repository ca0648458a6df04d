import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../lib/build/glossary/problem';
import { readGlossary } from '../../../lib/build/glossary/read-glossary';

const SOURCE_DOCS = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const FIXTURES = 'tests/fixtures/glossary';

function messages(fixture: string): string[] {
  return readGlossary(`${FIXTURES}/${fixture}`, SOURCE_DOCS).problems.map(formatProblem);
}

describe('glossary validation', () => {
  it('accepts a valid glossary and fills in the optional lists', () => {
    const glossary = readGlossary(`${FIXTURES}/valid`, SOURCE_DOCS);
    expect(glossary.problems).toEqual([]);
    expect(glossary.entities.map((e) => e.id)).toEqual(['gge-report-2013', 'secd', 'cicir', 'un-gge']);
    const report = glossary.entities[0]!;
    expect(report.rules).toEqual([
      { form: 'GGE', cues: ['report', '2013', 'A/68/98'] },
      { form: '2013 GGE report', ambiguous: true },
    ]);
    const secd = glossary.entities[1]!;
    expect(secd).toMatchObject({ facts: [], relations: [], positions: [], rules: [], variants: [] });
    expect(secd.shortName).toBe('Sino-European Cyber Dialogue');
  });

  it('keeps the short name a reader knows and the spelling variants apart from other names', () => {
    const gge = readGlossary(`${FIXTURES}/valid`, SOURCE_DOCS).entities.find((e) => e.id === 'un-gge')!;
    expect(gge).toMatchObject({
      name: 'UN Group of Governmental Experts',
      shortName: 'UN GGE',
      aliases: ['GGE', 'UN GGE', 'UN-GGE', 'GGEs'],
      variants: ['UN-GGE', 'GGEs'],
    });
  });

  it('reports every field problem of every entity, with file, line, entity and field', () => {
    const file = `${FIXTURES}/broken/people.yaml`;
    expect(messages('broken')).toEqual([
      `${file}:1: entity "Li Baodong", field "id": expected lowercase letters, digits and single hyphens ([a-z0-9-]), got "Li Baodong"`,
      `${file}:7: entity "angela-kane", field "name": expected non-empty text, got ""`,
      `${file}:8: entity "angela-kane", field "type": expected one of organization, person, instrument, concept, event, process, country, got "diplomat"`,
      `${file}:9: entity "angela-kane", field "aliases[1]": expected non-empty text, got ""`,
      `${file}:9: entity "angela-kane", field "aliases[2]": expected non-empty text, got 42`,
      `${file}:10: entity "angela-kane", field "summary": expected one to three sentences, got 4`,
      `${file}:14: entity "angela-kane", field "facts[0].source": expected one of the five source document file names, got "001.txt"`,
      `${file}:15: entity "angela-kane", field "facts[1].source": expected one of the five source document file names, got nothing`,
      `${file}:17: entity "angela-kane", field "relations[0].source": expected one of the five source document file names, got nothing`,
      `${file}:17: entity "angela-kane", field "relations[0].target": unknown entity id "beijing-workshop-2014"`,
      `${file}:19: entity "angela-kane", field "rules[0].form": expected the name or one of the aliases, got "Angela"`,
      `${file}:20: entity "angela-kane", field "nickname": unknown field, expected one of id, name, shortName, type, aliases, variants, rules, summary, facts, relations, positions`,
      `${file}:22: entity "fu-cong", field "summary": expected non-empty text, got nothing`,
      `${file}:25: entity "fu-cong", field "aliases": expected a list, got "Fu"`,
      `${file}:27: entity "fu-cong", field "facts[0]": expected a mapping with text, source, got "Co-chaired the workshop"`,
      `${file}:31: entity "li-baodong", field "shortName": expected the name or one of the aliases, got "Ambassador Li"`,
      `${file}:34: entity "li-baodong", field "variants[1]": expected one of the aliases, got "Li B."`,
      `${file}:39: entity "wang-qun", field "shortName": expected a form that is not one of the variants, got "Qun Wang"`,
    ]);
  });

  it('returns no entities while any problem remains', () => {
    expect(readGlossary(`${FIXTURES}/broken`, SOURCE_DOCS).entities).toEqual([]);
  });

  it('names both places of a duplicate id', () => {
    expect(messages('clashes')).toContain(
      `${FIXTURES}/clashes/b.yaml:1: entity "itu", field "id": duplicate id, already used at ${FIXTURES}/clashes/a.yaml:1`,
    );
  });

  it('reports a form claimed by two entities, whatever its case, on both sides', () => {
    const all = messages('clashes');
    expect(all).toContain(
      `${FIXTURES}/clashes/a.yaml:4: entity "itu", field "aliases[0]": "ITU" is also claimed by "itu-acronym" (${FIXTURES}/clashes/b.yaml:9); give each entity a rule with cues for it ({ form: ITU, cues: [...] }) to tell them apart`,
    );
    expect(all.filter((m) => m.includes('field "aliases[0]": "itu" is also claimed by "itu"'))).toHaveLength(1);
  });

  it('accepts a shared form where each claimant gives cues, and blames only the one that does not', () => {
    const gge = messages('clashes').filter((m) => m.includes('"GGE"'));
    expect(gge).toEqual([
      `${FIXTURES}/clashes/b.yaml:23: entity "gge-session", field "aliases[0]": "GGE" is also claimed by "un-gge" (${FIXTURES}/clashes/a.yaml:10), "gge-report-2013" (${FIXTURES}/clashes/b.yaml:15); give each entity a rule with cues for it ({ form: GGE, cues: [...] }) to tell them apart`,
    ]);
  });

  it('reports YAML syntax errors with file and line', () => {
    const [only, ...rest] = messages('syntax');
    expect(rest).toEqual([]);
    expect(only).toMatch(/^tests\/fixtures\/glossary\/syntax\/events\.yaml:5: YAML syntax error: /);
  });

  it('fails when there is no glossary file at all', () => {
    expect(messages('empty')).toEqual([`${FIXTURES}/empty:1: no glossary files (*.yaml) found`]);
  });
});
