/**
 * Pages and what Attaché should find on them, shared by the Chromium and the Firefox
 * end-to-end tests so that one scenario runs in both browsers.
 */

/** Terms in form fields, scripts and editable text are not highlighted. */
export const FORMS_ARTICLE = `<!doctype html><html><body>
  <h1>Regional news</h1>
  <p>APCERT ran a drill. Li Baodong spoke about the <b>Budapest</b> <i>Convention</i>.</p>
  <form><textarea>CICIR</textarea><input value="CICIR"></form>
  <script>window.note = "CICIR";</script>
  <div contenteditable="true">CICIR</div>
</body></html>`;
export const FORMS_ARTICLE_HIGHLIGHTS = {
  'organization': ['APCERT'],
  'person': ['Li Baodong'],
  'instrument': ['Budapest Convention'],
};

/** Two terms side by side in `#text`, for opening their cards by pointer. */
export const CARD_ARTICLE = `<!doctype html><html><body style="font: 18px/1.6 serif; margin: 40px">
  <p id="text">In June 2012 the think tanks CICIR and CSIS issued a joint statement on cybersecurity.</p>
  <p>${'Unrelated words about the weather. '.repeat(20)}</p>
</body></html>`;

/** Runs in the page: the viewport centre of the first occurrence of `term` in `#text`. */
export function termCentre(term: string): { x: number; y: number } {
  const text = document.getElementById('text')!.firstChild!;
  const start = text.textContent!.indexOf(term);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + term.length);
  const r = range.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** A page for the side panel's *On this page* and the toolbar badge. */
export const PANEL_ARTICLE = `<!doctype html><html lang="en"><head><title>Talks in The Hague</title></head><body>
<h1>Cyber diplomacy notes</h1>
<p>CICIR hosted the dialogue. Experts from CICIR met officials in The Hague.</p>
<p>The Budapest Convention on Cybercrime was discussed, and CICIR asked about it.</p>
<p>The Shanghai Cooperation Organization tabled a code. Li Baodong spoke.</p>
<div style="height: 3000px"></div>
<p id="far">Later, some asked whether the Budapest Convention could be a model.</p>
</body></html>`;
/** What the recogniser finds on PANEL_ARTICLE: one entity per id, with its number of mentions. */
export const PANEL_ARTICLE_ROWS = ['cicir:3', 'budapest-convention:2', 'cyber-diplomacy:1', 'li-baodong:1', 'sco:1'];

/** Runs in the side panel: its *On this page* rows as `entity-id:count`. */
export function readPanelRows(): string[] {
  return [...document.querySelectorAll('.sp-row')].map((el) => `${el.getAttribute('data-entity-id')}:${el.getAttribute('data-count')}`);
}

/** A search with a typo, and the entity the popup should still put first. */
export const TYPO_SEARCH = { typed: 'budapst', entityId: 'budapest-convention', heading: 'Budapest Convention' };
