/**
 * chalk in a module of its own: the command context is built as CommonJS (scripts/build.mjs), and
 * this file beside it, so chalk's code is read only when a stream is coloured.
 */
export { Chalk } from 'chalk';
