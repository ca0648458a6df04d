/**
 * Styles of the in-page host element and the dialog frame around the card. The `:host` rules
 * are `!important` because inside a shadow root those win over the page's own `!important`
 * rules (cascade contexts), so a page that unsets or hides every element still shows the card.
 *
 * The frame is a column: the toolbar (Back, Close) and the card's head (name, actions) keep
 * their height, and only the card's body scrolls, so the actions never need scrolling to.
 */
export const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  z-index: 2147483647 !important;
  /* The percentage is of the viewport less its scrollbars, unlike vw. */
  width: min(380px, calc(100% - 16px)) !important;
  height: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  pointer-events: auto !important;
}
.ac-dialog {
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
  max-height: min(520px, calc(100vh - 16px));
  overflow: hidden;
  border-radius: 10px;
  border: 1px solid rgba(0, 0, 0, 0.18);
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  background: var(--ac-bg);
  color: var(--ac-fg);
  outline: none;
}
.ac-dialog:focus-visible { outline: 2px solid var(--ac-accent); outline-offset: 1px; }
.ac-toolbar {
  flex: none;
  display: flex;
  justify-content: space-between;
  align-items: center;
  padding: 6px 8px 0;
  background: inherit;
  font: 13px/1.4 system-ui, sans-serif;
}
.ac-toolbar button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  border-radius: 4px;
  padding: 2px 6px;
  cursor: pointer;
}
.ac-toolbar button:hover { background: rgba(127, 127, 127, 0.18); }
.ac-toolbar button:focus-visible { outline: 2px solid var(--ac-accent); }
.ac-close { margin-left: auto; font-size: 18px; line-height: 1; }
.ac-dialog > .ac-card {
  flex: 1 1 auto;
  min-height: 0;
  display: flex;
  flex-direction: column;
  padding: 0;
}
.ac-dialog .ac-head {
  flex: none;
  padding: 4px 16px 10px;
  border-bottom: 1px solid var(--ac-rule);
}
.ac-dialog .ac-body {
  flex: 0 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  margin: 0;
  padding: 10px 16px 14px;
}
.ac-status { margin: 0; padding: 14px 16px; font: 14px/1.45 system-ui, sans-serif; }
`;
