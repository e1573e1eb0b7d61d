import type { StudentFields, StudentRecord } from '../core/record.js';

/** Hides all but the last `visible` characters: enough to tell two people apart, not to misuse. */
export function maskTail(value: string, visible = 3): string {
  if (value.length <= visible) return value;
  return '•'.repeat(value.length - visible) + value.slice(-visible);
}

/** A phone keeps its operator prefix and last three digits: 091•••••678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return maskTail(phone);
  return phone.slice(0, 3) + '•'.repeat(phone.length - 6) + phone.slice(-3);
}

/** The fields with the identity numbers and phone masked, for lists, boards and exports. */
export function maskFields(fields: StudentFields): StudentFields {
  return {
    ...fields,
    ...(fields.bhxhCode && { bhxhCode: maskTail(fields.bhxhCode, 4) }),
    ...(fields.idNumber && { idNumber: maskTail(fields.idNumber, 3) }),
    ...(fields.phone && { phone: maskPhone(fields.phone) }),
  };
}

/** The record as lists, `show` and `export --mask` give it: phones hide in events too (the wrong
 * number of a support request, the one a reopening removed). */
export function maskRecord(record: StudentRecord): StudentRecord {
  const events = record.events.map((event) =>
    event.value !== undefined && (event.type === 'support-request' || event.type === 'reopened')
      ? { ...event, value: maskPhone(event.value) }
      : event,
  );
  const masked = { ...record, fields: maskFields(record.fields), events };
  if (record.phoneConfirmed !== undefined) masked.phoneConfirmed = maskPhone(record.phoneConfirmed);
  return masked;
}

/** One field's value as lists show it: identity numbers and phones masked, the rest as is. */
export function maskRecordValue(field: keyof StudentFields, value: string): string {
  return (maskFields({ [field]: value }) as Record<string, unknown>)[field] as string;
}
