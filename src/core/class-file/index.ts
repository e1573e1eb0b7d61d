export { CLASS_FILE_FORMAT, CLASS_FILE_VERSION, buildClassFile, type ClassFile, type ClassFileStudent } from './format.js';
export { planMerge, type MergeEntry, type MergeKind, type MergePlan } from './merge.js';
export { classFileMessages } from './messages.js';
export { ClassFileError, looksLikeClassFile, readClassFile, type ReadClassFile } from './read.js';
