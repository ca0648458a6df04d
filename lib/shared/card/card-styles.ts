/**
 * The card's stylesheet as text, so each host installs it its own way: a constructed
 * stylesheet inside the in-page shadow root (page CSP cannot block it), a <style> or
 * adoptedStyleSheets in extension pages. Class names carry the `ac-` prefix so they cannot
 * collide with a host page's own classes. A host's frame around the card takes the class
 * `ac-surface` to share the card's colours.
 */
import { TYPE_COLOURS_CSS } from '../type-colours-css';

export const CARD_CSS = `
:where(.ac-card, .ac-surface) {
  --ac-bg: #ffffff;
  --ac-fg: #1d2228;
  --ac-muted: #59636e;
  --ac-rule: #d7dce1;
  --ac-accent: #1a5fb4;
  --ac-quote-bg: #f3f5f7;
  --ac-scroll: #b3bac2;
  /* Scrollbars and form controls drawn in the card's scheme, not the page's or white. */
  color-scheme: light;
  scrollbar-color: var(--ac-scroll) var(--ac-bg);
}
.ac-card {
  box-sizing: border-box;
  color: var(--ac-fg);
  background: var(--ac-bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 14px 16px;
  text-align: left;
}
@media (prefers-color-scheme: dark) {
  :where(.ac-card, .ac-surface) {
    --ac-bg: #1f2329;
    --ac-fg: #e8eaed;
    --ac-muted: #a3acb6;
    --ac-rule: #3a4048;
    --ac-accent: #8ab4f8;
    --ac-quote-bg: #2a2f36;
    --ac-scroll: #5b646e;
    color-scheme: dark;
  }
}
.ac-card *, .ac-card *::before, .ac-card *::after { box-sizing: border-box; }
${TYPE_COLOURS_CSS}
.ac-header { margin: 0 0 8px; }
.ac-type {
  margin: 0;
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--ac-type, var(--ac-muted));
}
.ac-name { margin: 2px 0 0; font-size: 17px; line-height: 1.3; font-weight: 650; }
.ac-aliases { margin: 4px 0 0; color: var(--ac-muted); font-size: 12.5px; }
.ac-label { font-weight: 600; }
.ac-official { margin: 0 0 8px; color: var(--ac-muted); font-size: 12.5px; }
.ac-summary { margin: 0 0 10px; }
.ac-section { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--ac-rule); }
.ac-section-heading {
  margin: 0 0 6px;
  font-size: 12px;
  font-weight: 600;
  color: var(--ac-muted);
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
.ac-facts, .ac-excerpts, .ac-related { list-style: none; margin: 0; padding: 0; }
.ac-facts > li, .ac-excerpts > li { margin: 0 0 8px; }
.ac-related > li { margin: 0 0 3px; }
.ac-fact { margin: 0; }
.ac-excerpt { margin: 0; }
.ac-quote {
  margin: 0;
  padding: 6px 10px;
  background: var(--ac-quote-bg);
  border-left: 3px solid var(--ac-rule);
  font-style: italic;
}
.ac-cite { display: block; margin-top: 2px; font-size: 12px; font-style: normal; color: var(--ac-muted); }
.ac-card .ac-source-link { color: var(--ac-accent); font-size: 12px; }
.ac-relation { color: var(--ac-muted); }
.ac-team-mark { color: var(--ac-accent); font-weight: 600; }
.ac-team-heading { margin: 12px 0 0; font-size: 13px; font-weight: 600; color: var(--ac-accent); }
.ac-team-quote {
  margin: 4px 0 0;
  padding: 4px 8px;
  background: var(--ac-quote-bg);
  border-left: 3px solid var(--ac-rule);
  font-style: italic;
}
.ac-card .ac-cite a { color: var(--ac-accent); }
.ac-team-by { margin: 6px 0 0; font-size: 12px; color: var(--ac-muted); }
.ac-card button {
  font: inherit;
  color: inherit;
  cursor: pointer;
  margin: 0;
}
.ac-link, .ac-more {
  background: none;
  border: 0;
  padding: 0;
  color: var(--ac-accent);
  text-decoration: underline;
  text-underline-offset: 2px;
  text-align: left;
}
.ac-more { display: block; margin: 0 0 4px; font-size: 12.5px; }
.ac-notes { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--ac-rule); }
.ac-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; }
.ac-head + .ac-body { margin-top: 10px; }
.ac-action {
  padding: 4px 10px;
  border: 1px solid var(--ac-rule);
  border-radius: 6px;
  background: var(--ac-bg);
}
.ac-action:hover { border-color: var(--ac-accent); }
.ac-action-quiet { color: var(--ac-muted); }
.ac-card button:focus-visible { outline: 2px solid var(--ac-accent); outline-offset: 2px; }
`;
