export { pendingSupportRequest, pendingSupportRequests, registeredPhone, samePhone, supportRequestOf, type SupportRequest } from './requests.js';
export { buildSupportEmail, formatSupportEmail, type SupportEmail, type SupportEmailInput } from './email.js';
export { supportAddressOf, supportEmailOf, type SupportAddress, type SupportAddressSource } from './address.js';
