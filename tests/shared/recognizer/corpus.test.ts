import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../../lib/shared/corpus-format/corpus-schema';
import { compileRecognizer, createRecognizer } from '../../../lib/shared/recognizer';

/** The recogniser on the shipped corpus: every form the glossary gives must be recognisable. */
const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const entries = corpus.entities.map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules }));

describe('recogniser on the shipped corpus', () => {
  const recognizer = createRecognizer(JSON.parse(JSON.stringify(compileRecognizer(entries))));

  it('has entities to work on', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  it('recognises every form without a rule as its entity, in running text', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      for (const form of [e.name, ...e.aliases]) {
        if (e.rules.some((r) => r.form === form)) continue;
        const text = `Delegates discussed ${form} at length.`;
        // Punctuation around a form ("(China)", "Co., Ltd.") is not part of the mention.
        const core = form.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const start = text.indexOf(core);
        const hit = recognizer.find(text).find((m) => m.start === start && m.end >= start + core.length);
        if (hit?.id !== e.id) wrong.push(`${e.id}: "${form}" → ${hit?.id ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads the PDF text of the Beijing workshop report through its line breaks and footnotes', () => {
    const text = readFileSync('seeds/001_140b32fc558893e9.txt', 'utf8');
    const mentions = recognizer.find(text).map((m) => `${m.text}=${m.id}`);
    expect(mentions).toContain('GGE=un-gge'); // "(GGE)2"
    expect(mentions).toContain('Budapest \n\nConvention=budapest-convention');
    expect(mentions.filter((m) => m.startsWith('multi-\n\nstakeholder'))).not.toEqual([]);
    expect(mentions).toContain('CERT|CC=cert-cc');
  });

  it('takes "confidence building" alone for the measures in texts about the field, not elsewhere', () => {
    const field = 'The ASEAN Regional Forum and the OSCE agreed that confidence building needed capacity building too.';
    expect(recognizer.find(field).map((m) => `${m.text}=${m.id}`)).toContain('confidence building=confidence-building-measures');
    const sport = 'After a confidence-building win in Yokohama, the triathlete said her confidence building had paid off.';
    expect(recognizer.find(sport).filter((m) => m.id === 'confidence-building-measures')).toEqual([]);
  });

  it('takes ICC for the criminal court only beside its own words, not for the cricket council or the chamber of commerce', () => {
    const court = 'Pakistan proposed a cyber court for China and Russia, akin to the ICC, to try international cyber criminals.';
    expect(recognizer.find(court).map((m) => `${m.text}=${m.id}`)).toContain('ICC=icc');
    // Country names around it are no evidence of the court: teams are countries.
    const cricket = 'The ICC Cricket World Cup 2015 will be held in Australia and New Zealand; Pakistan, India and the United Kingdom play in Pool B.';
    const arbitration = 'Parties not wishing to use the courts of the United States or China may agree to arbitration under the ICC Rules.';
    for (const text of [cricket, arbitration]) expect(recognizer.find(text).filter((m) => m.id === 'icc')).toEqual([]);
  });

  it('takes a bare surname for the person of the corpus only where that person is named in full', () => {
    const namesake = 'Ari Fleischer served as White House press secretary in the U.S. Later Fleischer joined Fox News.';
    expect(recognizer.find(namesake).filter((m) => m.id === 'martin-fleischer')).toEqual([]);
    const named = 'Martin Fleischer of the German Federal Foreign Office spoke at the OSCE. Fleischer said that norms matter.';
    expect(recognizer.find(named).filter((m) => m.id === 'martin-fleischer').map((m) => m.text)).toEqual(['Martin Fleischer', 'Fleischer']);
  });
});
