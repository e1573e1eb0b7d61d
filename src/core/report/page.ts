/** The head of every page the tool writes (the report, the typing cards): one self-contained file. */
import { escapeHtml as esc } from './escape.js';

// Nothing may load from anywhere, even if some text escaped the escaping: no scripts, no fetches.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** From the doctype to `<body>`: Vietnamese, UTF-8, no referrer, the style inline; `csp` for a page with a script of its own. */
export const pageStart = (title: string, css: string, csp = CSP): string[] => [
  '<!DOCTYPE html>',
  '<html lang="vi">',
  '<head>',
  '<meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
  '<meta name="referrer" content="no-referrer">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<title>${esc(title)}</title>`,
  `<style>${css}</style>`,
  '</head>',
  '<body>',
];

export const PAGE_END = ['</body>', '</html>', ''];
