export { escapeHtml } from './escape.js';
export { renderReport } from './html.js';
export { buildReportModel, progressByDay, type ProgressDay, type ReportInput, type ReportModel, type ReportStudent, type StateTotal } from './model.js';
export { REACHED_STATES, reportMessages } from './messages.js';
