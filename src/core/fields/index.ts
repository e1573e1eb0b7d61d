/**
 * The field checks. Importing this loads the validators, libphonenumber-js included: code that
 * only needs labels or the required list should import messages.js or required.js instead.
 */
export { ADDRESS_MAX_LENGTH, districtSchema, provinceSchema, streetSchema, wardSchema } from './address.js';
export { bhxhCodeSchema, bhxhFromCard, bhxhIdMismatch } from './bhxh.js';
export { checkField, isReadyRecord, photoPairProblem, type CheckOptions, type FieldCheck } from './check.js';
export {
  channelSchema,
  commitmentSchema,
  receivingAgencySchema,
  subjectTypeSchema,
  submissionMethodSchema,
} from './choices.js';
export { EMAIL_MAX_LENGTH, emailSchema } from './email.js';
export { decodeIdNumber, idNumberSchema, type IdFacts } from './id-number.js';
export { FIELD_LABELS } from './messages.js';
export { contactPersonSchema, NAME_MAX_LENGTH, nameSchema, nameWarnings } from './name.js';
export { phoneSchema } from './phone.js';
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
export { backPhotoSchema, frontPhotoSchema, normalizePhotoPath, portraitPhotoSchema } from './photo-path.js';
export { missingRequiredFields, OPTIONAL_FIELDS, REQUIRED_FIELDS } from './required.js';
export { draftRecordSchema, FIELD_SCHEMAS, readyRecordSchema, type DraftFields, type ReadyFields } from './schemas.js';
