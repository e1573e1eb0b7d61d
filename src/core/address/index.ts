/** Addresses after the 2025 reform: today's wards, and the former ones mapped to them. */
export { checkWardInList, type WardCheck } from './apply.js';
export { loadWardList, parseExtraWard } from './load.js';
export { formerArrow, formerLabel, listSource, wardMessages } from './messages.js';
export { optionName, WardList, type FormerWardMatch, type WardOption, type WardResolution } from './ward-list.js';
export type { WardData } from './ward-data.js';
