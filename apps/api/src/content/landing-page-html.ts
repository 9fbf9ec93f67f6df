import sanitizeHtml from 'sanitize-html';

/**
 * Raise when the allow-list below changes: pages cleaned by an older policy are cleaned again by the
 * backfill (`npm run pages:sanitize`) and, until it has run, on the way out.
 */
export const LANDING_PAGE_HTML_POLICY = 1;

/**
 * What a landing page may hold: text, headings, lists, tables, links and images, laid out with inline
 * styles. Nothing that can ask for a password or act on its own: no form or input, no script, no
 * event handler, no meta (refresh), base, frame, object, SVG or MathML, and only http(s), mailto and
 * tel links (images: http(s) and data).
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'style'),
    'img',
    'picture',
    'source',
    'center',
    'font',
  ],
  allowedAttributes: {
    '*': ['style', 'class', 'id', 'title', 'lang', 'dir', 'align', 'width', 'height'],
    a: ['href', 'name'],
    img: ['src', 'srcset', 'alt', 'loading'],
    source: ['srcset', 'media', 'type'],
    font: ['color', 'face', 'size'],
    td: ['colspan', 'rowspan', 'valign', 'bgcolor'],
    th: ['colspan', 'rowspan', 'valign', 'bgcolor', 'scope'],
    table: ['border', 'cellpadding', 'cellspacing', 'bgcolor'],
    ol: ['start', 'type', 'reversed'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  // Forms, scripts and the like go with everything inside them, not just their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'xmp', 'iframe', 'object', 'svg', 'math', 'form', 'select', 'button'],
  disallowedTagsMode: 'discard',
};

/** The landing page HTML as the product stores and serves it. */
export function sanitizeLandingPageHtml(html: string): string {
  return sanitizeHtml(html, POLICY);
}
