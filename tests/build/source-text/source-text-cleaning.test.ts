import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSourceText } from '../../../lib/build/source-text/clean';
import { toVerbatim } from '../../../lib/build/source-text/mapped-text';

const read = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
const WORKSHOP = read('001_140b32fc558893e9.txt');
const BLOG = read('002_fff661638e317ad7.txt');

const CLEAN_WORKSHOP = cleanSourceText(WORKSHOP).text;

/** The cleaned workshop report from the start of `from` to the end of `to`. */
function cleanExcerpt(from: string, to: string): string {
  const start = CLEAN_WORKSHOP.indexOf(from);
  expect(start, `"${from}" in the cleaned report`).toBeGreaterThanOrEqual(0);
  const end = CLEAN_WORKSHOP.indexOf(to, start);
  expect(end, `"${to}" after "${from}"`).toBeGreaterThanOrEqual(0);
  return CLEAN_WORKSHOP.slice(start, end + to.length);
}

describe('cleaning the source documents', () => {
  it('joins a sentence broken across lines and blank lines', () => {
    expect(cleanExcerpt('many emphasised', 'regional appropriateness')).toBe(
      'many emphasised cyber crime’s threat to societies and discussed the Budapest Convention’s regional appropriateness',
    );
  });

  it('keeps a hyphen at a line end when the document writes the word hyphenated', () => {
    expect(cleanExcerpt('recognised the importance of multi-', 'internet governance')).toBe(
      'recognised the importance of multi-stakeholder internet governance',
    );
    expect(cleanExcerpt('Policy and e-', 'Government Policy')).toBe('Policy and e-Government Policy');
    expect(cleanExcerpt('such as China-', 'Japan-Korea network')).toBe('such as China-Japan-Korea network');
  });

  it('drops a hyphen at a line end when the document writes the word solid and never hyphenated', () => {
    const text =
      'A long line of text wrapped at a fixed width, as in the report, with the word hyphen-\n' +
      'ation split at its end, followed by more words to fill the second line of text here.\n' +
      'Hyphenation is spelt solid elsewhere in this document, which settles the question for us.';
    expect(cleanSourceText(text).text).toContain('the word hyphenation split');
  });

  it('strips footnote numbers stuck to the text but not digits that belong to a name', () => {
    expect(WORKSHOP).toContain('Experts’ (GGE)2 landmark');
    expect(CLEAN_WORKSHOP).toContain('Experts’ (GGE) landmark');
    expect(WORKSHOP).toContain('developed over time’3.');
    expect(CLEAN_WORKSHOP).toContain('developed over time’. Proposals');
    expect(CLEAN_WORKSHOP).toContain('through ICT4Peace');
  });

  it('removes the footnote block that interrupts a sentence at the foot of a page', () => {
    expect(CLEAN_WORKSHOP).toContain('processes had in some cases unintentionally hindered');
    expect(CLEAN_WORKSHOP).not.toContain('Quote from paragraph 16');
  });

  it('drops page numbers and keeps list entries on their own lines', () => {
    expect(WORKSHOP).toMatch(/\npage 24 *\n/);
    expect(CLEAN_WORKSHOP).not.toMatch(/page 24/);
    expect(cleanExcerpt('LIU Yue, Director', 'HE Jia, Analyst')).toBe(
      'LIU Yue, Director, China Academy of Telecommunication Research of Ministry of Industry and Information Technology\nHE Jia, Analyst',
    );
  });

  it('starts a participant entry at a surname in capitals after an entry that fills the line', () => {
    expect(cleanExcerpt('LI Jing, Director', 'LU Zhi’an, Deputy')).toBe(
      'LI Jing, Director of Research and Analysis Department, China Information Technology Security Evaluation Center\nLU Zhi’an, Deputy',
    );
    expect(cleanExcerpt('Ministry of Foreign Affairs, ROK', 'DU Yuejin,')).toBe('Ministry of Foreign Affairs, ROK\nDU Yuejin,');
  });

  it('keeps headings apart from the text that follows them', () => {
    const text = cleanExcerpt('Session I: Cyberspace Policies and Emerging', 'The representative from');
    expect(text.split('\n')).toEqual([
      'Session I: Cyberspace Policies and Emerging Challenges',
      'Sri Lanka CERT/CC',
      'Operations Manager & Principal Information Security Engineer',
      'The representative from',
    ]);
  });

  it('turns markdown link remnants into their label', () => {
    const cleaned = cleanSourceText(BLOG);
    expect(cleaned.text).toContain('Both sides also endorsed the latest report of the United Nations');
    expect(cleaned.text).toContain('Published on 30. September 2015 by Thomas Renard\n');
    expect(cleaned.text).not.toMatch(/\]\(|\[/);
  });

  it('removes spaces before punctuation and inside brackets', () => {
    expect(cleanExcerpt('a good investment', 'and limited')).toBe('a good investment, and limited');
    expect(cleanExcerpt('developed countries (', 'intelligence')).toBe('developed countries (e.g. intelligence');
  });

  it('maps every character back to the same character of the verbatim document', () => {
    for (const name of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const raw = read(name);
      const cleaned = cleanSourceText(raw);
      expect(cleaned.origin).toHaveLength(cleaned.text.length);
      const moved: string[] = [];
      for (let i = 0; i < cleaned.text.length; i++) {
        const ch = cleaned.text[i]!;
        if (/\S/.test(ch) && raw[cleaned.origin[i]!] !== ch) moved.push(`${name}:${i} "${ch}"`);
      }
      expect(moved).toEqual([]);
    }
  });

  it('maps a cleaned range spanning a line break to the verbatim range', () => {
    const cleaned = cleanSourceText(WORKSHOP);
    const at = cleaned.text.indexOf('Budapest Convention’s regional');
    const range = toVerbatim(cleaned, at, at + 'Budapest Convention'.length);
    expect(WORKSHOP.slice(range.start, range.end)).toBe('Budapest \n\nConvention');
  });
});
