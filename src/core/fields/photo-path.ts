/** Photo paths as people paste or drag them into a terminal; pure (the home folder is a parameter). */
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../text.js';
import type { Parsed } from './helpers.js';
import { photoMessages as M } from './messages.js';

const WINDOWS_PATH = /^(?:[A-Za-z]:[\\/]|\\\\)/;
// What macOS Terminal, iTerm2 and Linux terminals backslash-escape when a file is dropped.
const SHELL_ESCAPE = /\\([ \t()[\]{}'"&;!$`#*?<>|~,=\\])/g;

/** Removes every pair of matching quotes around the whole path: "'a b.jpg'" → "a b.jpg". */
function unquote(s: string): string {
  let i = 0;
  while (i < s.length - 1 - i && (s[i] === "'" || s[i] === '"') && s[i] === s[s.length - 1 - i]) i += 1;
  const inner = s.slice(i, s.length - i);
  // GNOME Terminal writes a quote inside a single-quoted path as '\''.
  return i > 0 && s[0] === "'" ? inner.replaceAll("'\\''", "'") : inner;
}

function fromFileUrl(s: string): string {
  if (!/^file:\/\//i.test(s)) return s;
  try {
    return fileURLToPath(s);
  } catch {
    return s;
  }
}

function step(s: string): string {
  const trimmed = s.trim();
  const quoted = /^(['"]).*\1$/s.test(trimmed) && trimmed.length > 1;
  let path = fromFileUrl(unquote(trimmed));
  // Unquoted POSIX paths only: in a Windows path a backslash is a separator, not an escape.
  if (!quoted && !WINDOWS_PATH.test(path)) path = path.replace(SHELL_ESCAPE, '$1');
  return path;
}

/**
 * Strips surrounding quotes, unescapes "\ " and friends, turns file:// URLs into paths and
 * expands a leading ~. Repeated to a fixed point so that normalising twice changes nothing.
 * Unicode is left alone: a file name is matched byte for byte, and macOS names may be NFD.
 */
export function normalizePhotoPath(raw: string, homeDir: string = homedir()): string {
  // Every change shortens the string, so the loop ends.
  let current = raw;
  for (let next = step(current); next !== current; next = step(current)) current = next;
  if (current === '~') return homeDir;
  return /^~[\\/]/.test(current) ? homeDir + current.slice(1) : current;
}

/** The rule of the photo field labelled `label`: a path, as typed, pasted or dropped, not blank. */
export function photoPathRule(label: string) {
  const empty = M.empty(label);
  return (raw: string): Parsed<string> => {
    const path = normalizePhotoPath(raw);
    // Blank as the other fields see blank ("\\ " and a NUL, say): no path left, not a file named by control codes.
    return normalizeText(path) === '' ? { error: empty } : { value: path };
  };
}
