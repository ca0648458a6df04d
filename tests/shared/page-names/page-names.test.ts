import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KEYS, highlightStyles, isHighlightNames, randomPageNames } from '../../../lib/shared/page-names';

const CSS_IDENTIFIER = /^[a-z][a-z0-9]*$/;
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9]*-[a-z0-9]+$/;

describe('the names a page sees', () => {
  it('are CSS identifiers and custom-element names that do not name the extension', () => {
    const names = randomPageNames();
    const all = [...Object.values(names.highlights), names.cardTag, names.announcerTag, names.noticeTag, names.noteTipTag];
    expect(Object.keys(names.highlights).sort()).toEqual([...HIGHLIGHT_KEYS].sort());
    for (const name of Object.values(names.highlights)) expect(name).toMatch(CSS_IDENTIFIER);
    for (const tag of [names.cardTag, names.announcerTag, names.noticeTag, names.noteTipTag]) expect(tag).toMatch(CUSTOM_ELEMENT_NAME);
    expect(all.join(' ')).not.toMatch(/attach/i);
    expect(new Set(all).size).toBe(all.length);
  });

  it('differ from one page load to the next', () => {
    const [a, b] = [randomPageNames(), randomPageNames()];
    expect(a.highlights.organization).not.toBe(b.highlights.organization);
    expect(a.cardTag).not.toBe(b.cardTag);
  });

  it('stay distinct even when the random source repeats itself', () => {
    // The first three names drawn come out alike.
    let calls = 0;
    const names = randomPageNames(() => (++calls <= 30 ? 0 : Math.random()));
    const highlights = Object.values(names.highlights);
    expect(new Set(highlights).size).toBe(highlights.length);
  });

  it('are checked where they reach the background: anything that could break out of a CSS rule is refused', () => {
    const names = randomPageNames().highlights;
    expect(isHighlightNames(names)).toBe(true);
    expect(isHighlightNames({ ...names, person: 'x) { } body { display: none' })).toBe(false);
    expect(isHighlightNames({ ...names, person: 'attache-person' })).toBe(false);
    const { flash: _flash, ...missing } = names;
    expect(isHighlightNames(missing)).toBe(false);
    expect(isHighlightNames({ ...names, extra: 'abcdefgh' })).toBe(false);
    expect(isHighlightNames(null)).toBe(false);
  });

  it('are the ones the highlight stylesheet styles', () => {
    const names = randomPageNames().highlights;
    const css = highlightStyles(names);
    for (const key of HIGHLIGHT_KEYS) expect(css).toContain(`::highlight(${names[key]}) {`);
    expect(css).not.toMatch(/attach/i);
  });

  it('mark team notes apart from entities: a line above the words, no tint over an entity\'s', () => {
    const names = randomPageNames().highlights;
    const rules = highlightStyles(names).split('\n');
    const note = rules.find((rule) => rule.startsWith(`::highlight(${names.note})`))!;
    expect(note).toContain('overline');
    expect(note).not.toContain('background');
    for (const rule of rules.filter((r) => r !== note)) expect(rule).not.toContain('overline');
  });
});
