/**
 * A long article as a served HTML page for the in-page benchmark: English-like text with
 * corpus terms in it, in paragraphs grouped into sections with headings, some words in inline
 * markup. The page runs no script of its own unless given one (`headScript`): every script
 * task in its trace is the candidate's being measured.
 */
import { englishText } from './english-text';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function benchPage(length: number, terms: string[], seed: number, headScript = ''): string {
  const text = englishText({ seed, length, terms, mentionEvery: 400 });
  const paragraphs = text.split('\n\n').map((p) => {
    // Every twelfth word in <em>, every thirtieth in a link: inline markup the reader does not see as breaks.
    const words = escape(p).split(' ');
    return `<p>${words.map((w, i) => (i % 30 === 29 ? `<a href="#">${w}</a>` : i % 12 === 11 ? `<em>${w}</em>` : w)).join(' ')}</p>`;
  });
  const sections: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 8) {
    sections.push(`<section><h2>Part ${i / 8 + 1}</h2>${paragraphs.slice(i, i + 8).join('\n')}</section>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench article</title>${headScript}</head><body><article>${sections.join('\n')}</article></body></html>`;
}
