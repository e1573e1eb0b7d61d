export * from './links.js';
export * from './registration.js';
export * from './app.js';
export * from './troubleshooting.js';
export * from './search.js';
export * from './class-rows.js';
export * from './updates.js';
export * from './account.js';
