/** Output as one line of single spaces: messages wrap at the terminal's width (80 on a pipe), between words. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
