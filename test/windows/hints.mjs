/**
 * The commands the CLI prints for the person to type again ("Tiếp tục bằng lệnh: vssid-helper
 * register --resume k3f9q2"): each must mean the same to cmd.exe and to PowerShell, Windows' two
 * shells. Both split on spaces and strip double quotes; neither knows a backslash line
 * continuation or single quotes as quoting (cmd.exe passes them through); PowerShell expands `$`
 * and treats ` ; & | ( ) { } (and @ first in a word) as syntax outside quotes; cmd.exe expands %NAME% and treats
 * & | ^ ( ) as syntax.
 */
const UNQUOTED_SPECIAL = /[$`;&|(){}'^%!]|^@/;
const QUOTED_SPECIAL = /[$`%"]/;
const PLACEHOLDER = /<[^<>\n]*>|…/g;

/** Each printed command line: from the program's name to the first word that is prose again. */
export function printedCommands(text) {
  const commands = [];
  for (const line of text.replace(PLACEHOLDER, 'PLACEHOLDER').split(/\r?\n/)) {
    for (const match of line.matchAll(/(?:npx )?vssid-helper((?: +(?:"[^"]*"|[^\s"]+))*)/g)) {
      const tokens = [];
      for (const token of match[1].trim().match(/"[^"]*"|[^\s"]+/g) ?? []) {
        // Prose starts again at a non-ASCII word ("hoặc", "(rồi"), a bracket or a closing quote mark.
        if (/^[«»“”(]/.test(token) || (!token.startsWith('"') && /[^\x20-\x7e]/.test(token))) break;
        tokens.push(token.replace(/[.,:;»”)]+$/, ''));
        if (/[.,:;»”)]$/.test(token) && !token.startsWith('"')) break;
      }
      commands.push({ line: line.trim(), tokens });
    }
  }
  return commands;
}

/** What is wrong with one command for cmd.exe or PowerShell; undefined when nothing is. */
export function shellProblem({ tokens }) {
  if (tokens.at(-1) === '\\') return 'ends with a backslash line continuation (cmd.exe wants ^, PowerShell `)';
  for (const token of tokens) {
    if (token.startsWith('"')) {
      if (!token.endsWith('"') || token.length < 2) return `unbalanced quote in ${token}`;
      if (QUOTED_SPECIAL.test(token.slice(1, -1))) return `${token}: $ or \` (PowerShell) or % (cmd.exe) inside quotes`;
    } else if (token !== '>' && UNQUOTED_SPECIAL.test(token)) {
      return `${token}: a character cmd.exe or PowerShell reads as syntax`;
    }
  }
  return undefined;
}
