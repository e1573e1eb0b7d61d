/** Kept in step with package.json by test/version.test.ts (reading the file would cost start-up time). */
export const VERSION = '0.1.0';
