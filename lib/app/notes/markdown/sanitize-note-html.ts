import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { safeLinkTarget } from './safe-link';

/**
 * The sanitiser between a note's rendered Markdown and the side panel's DOM. DOM-side: it
 * needs a window (the extension page's, or happy-dom's in tests).
 *
 * The allow-list is deliberately small: text structure only. Nothing that runs code (script,
 * event handlers, `javascript:` links), embeds another document (iframe, object, embed, svg,
 * math), fetches from the network (img, media, link, style sheets, CSS `url()` in `style`
 * attributes or elements), or submits data (form, input, button). The extension pages' CSP
 * blocks inline script as well; this keeps notes inert even where a CSP is missing.
 */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'dl', 'dt', 'em',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre',
  'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
];
// `class` only for the image links made by markdownToHtml; checked in the hook below.
const ALLOWED_ATTR = ['href', 'title', 'start', 'align', 'colspan', 'rowspan', 'class'];
const OWN_CLASSES = new Set(['note-image-link']);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // DOMPurify holds every attribute outside its URI-safe list to ALLOWED_URI_REGEXP; these carry
  // numbers and keywords, never addresses (without this a list's start and a column's alignment
  // were dropped).
  ADD_URI_SAFE_ATTR: ['start', 'align', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: Purifier | undefined;

function notePurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  // Without a usable DOM, DOMPurify hands its input back unchanged; never show that.
  if (!instance.isSupported) throw new Error('cannot sanitise note HTML: no usable DOM in this context');
  instance.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (typeof element.getAttribute !== 'function') return;
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter((name) => OWN_CLASSES.has(name));
    if (classes.length > 0) element.setAttribute('class', classes.join(' '));
    else element.removeAttribute('class');
    if (element.tagName !== 'A') return;
    const target = safeLinkTarget(element.getAttribute('href'));
    if (target === null) {
      element.removeAttribute('href');
      return;
    }
    element.setAttribute('href', target);
    // A new tab, and the opened page gets no handle on the panel and no referrer.
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

export function sanitizeNoteHtml(html: string): string {
  return notePurifier().sanitize(html, CONFIG) as string;
}
