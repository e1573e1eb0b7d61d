/**
 * The field checks. Importing this loads the validators, libphonenumber-js included: code that
 * only needs labels or the required list should import messages.js or required.js instead.
 */
export { ADDRESS_MAX_LENGTH } from './address.js';
export { bhxhFromCard, bhxhIdMismatch } from './bhxh.js';
export { checkField, fieldProblems, isReadyRecord, photoPairProblem, type CheckOptions, type FieldCheck } from './check.js';
export { EMAIL_MAX_LENGTH } from './email.js';
export { decodeIdNumber, type IdFacts } from './id-number.js';
export { FIELD_LABELS } from './messages.js';
export { NAME_MAX_LENGTH, nameWarnings } from './name.js';
export {
  checkPhotoFile,
  checkRecordPhotos,
  isSamePhoto,
  MAX_PHOTO_BYTES,
  nodePhotoFiles,
  PHOTO_KEYS,
  photoPairProblems,
  samePhoto,
  sniffImage,
  type PhotoCheck,
  type PhotoFiles,
  type PhotoKey,
  type PhotoPairProblem,
} from './photo.js';
export { normalizePhotoPath } from './photo-path.js';
export { missingRequiredFields, OPTIONAL_FIELDS, REQUIRED_FIELDS } from './required.js';
export { FIELD_RULES, parseField } from './rules.js';
