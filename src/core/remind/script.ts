/**
 * The reminder page's one script: each "Chép" button copies its message. The page's CSP allows
 * this exact text by its SHA-256 hash and nothing else, so any script a name smuggled in would
 * not run.
 */
import { createHash } from 'node:crypto';

// Kept to old syntax and no template literals: it is embedded as is, and its hash must match.
export const COPY_SCRIPT = [
  "document.addEventListener('click', function (event) {",
  "  var button = event.target.closest('button[data-copy]');",
  '  if (!button) return;',
  "  var text = document.getElementById(button.getAttribute('data-copy')).textContent;",
  '  function done() { button.textContent = button.getAttribute(\'data-done\'); button.classList.add(\'copied\'); }',
  '  function fallback() {',
  "    var area = document.createElement('textarea');",
  '    area.value = text; document.body.appendChild(area); area.select();',
  "    try { document.execCommand('copy'); done(); } finally { area.remove(); }",
  '  }',
  '  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);',
  '  else fallback();',
  '});',
].join('\n');

/** The CSP source that allows exactly COPY_SCRIPT. */
export const COPY_SCRIPT_HASH = `'sha256-${createHash('sha256').update(COPY_SCRIPT, 'utf8').digest('base64')}'`;
