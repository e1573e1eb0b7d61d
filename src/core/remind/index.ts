export { chatPhone, smsLink, zaloLink } from './links.js';
export { renderReminderPage, type ReminderPageInput } from './page.js';
export { COPY_SCRIPT, COPY_SCRIPT_HASH } from './script.js';
