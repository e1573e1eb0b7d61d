/** The whole record: one schema per field, assembled for drafts and for ready records. */
import * as z from 'zod';
import type { FieldKey, StudentFields } from '../record.js';
import { districtSchema, provinceSchema, streetSchema, wardSchema } from './address.js';
import { bhxhCodeSchema } from './bhxh.js';
import {
  channelSchema,
  commitmentSchema,
  receivingAgencySchema,
  subjectTypeSchema,
  submissionMethodSchema,
} from './choices.js';
import { emailSchema } from './email.js';
import { idNumberSchema } from './id-number.js';
import { FIELD_LABELS, photoMessages as M } from './messages.js';
import { contactPersonSchema, nameSchema } from './name.js';
import { phoneSchema } from './phone.js';
import { backPhotoSchema, frontPhotoSchema, portraitPhotoSchema } from './photo-path.js';

/** Each schema normalises, then validates; optional fields map blank input to undefined. */
export const FIELD_SCHEMAS = {
  subjectType: subjectTypeSchema,
  name: nameSchema,
  bhxhCode: bhxhCodeSchema,
  idNumber: idNumberSchema,
  frontPhoto: frontPhotoSchema,
  backPhoto: backPhotoSchema,
  portraitPhoto: portraitPhotoSchema,
  province: provinceSchema,
  district: districtSchema,
  ward: wardSchema,
  street: streetSchema,
  contactPerson: contactPersonSchema,
  email: emailSchema,
  phone: phoneSchema,
  channel: channelSchema,
  receivingAgency: receivingAgencySchema,
  submissionMethod: submissionMethodSchema,
  commitment: commitmentSchema,
} satisfies { [K in FieldKey]-?: z.ZodType<StudentFields[K]> };

const recordShape = z.object(FIELD_SCHEMAS);

/** Every required field present and valid (photos as paths; file checks are in photo.ts). */
export const readyRecordSchema = recordShape.superRefine((fields, ctx) => {
  // Paths are normalised by then, so equal strings are the same file; links and other
  // spellings of one file are caught by isSamePhoto, which asks the file system.
  if (typeof fields.frontPhoto === 'string' && fields.frontPhoto === fields.backPhoto) {
    ctx.addIssue({ code: 'custom', message: M.sameFile, path: ['backPhoto'], input: fields.backPhoto });
  }
  for (const side of ['frontPhoto', 'backPhoto'] as const) {
    if (typeof fields[side] === 'string' && fields[side] === fields.portraitPhoto) {
      const message = M.portraitSameFile(FIELD_LABELS[side]);
      ctx.addIssue({ code: 'custom', message, path: ['portraitPhoto'], input: fields.portraitPhoto });
    }
  }
});

/** A draft: any field may be missing, but what is there is valid. */
export const draftRecordSchema = recordShape.partial();

// A compile-time check that what the schemas output fits the stored record type.
type Fits<T extends StudentFields> = T;
export type ReadyFields = Fits<z.output<typeof readyRecordSchema>>;
export type DraftFields = Fits<z.output<typeof draftRecordSchema>>;
