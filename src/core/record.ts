/** The registration record, in the order and with the meaning of the official form ("Tờ khai"). */

export const STUDENT_STATES = ['draft', 'ready', 'submitted', 'file-number', 'password', 'done'] as const;
export type StudentState = (typeof STUDENT_STATES)[number];

export type SubmissionMethod = 'postal' | 'reception';

export interface StudentFields {
  subjectType?: 'individual';
  name?: string;
  bhxhCode?: string;
  idNumber?: string;
  frontPhoto?: string;
  backPhoto?: string;
  portraitPhoto?: string;
  province?: string;
  district?: string;
  ward?: string;
  street?: string;
  contactPerson?: string;
  email?: string;
  phone?: string;
  channel?: 'portal';
  receivingAgency?: string;
  submissionMethod?: SubmissionMethod;
  commitment?: boolean;
}

export type FieldKey = keyof StudentFields;

/** Field keys in the form's order; the wizard and the review screen follow it. */
export const FORM_ORDER: readonly FieldKey[] = [
  'subjectType',
  'name',
  'bhxhCode',
  'idNumber',
  'frontPhoto',
  'backPhoto',
  'portraitPhoto',
  'province',
  'district',
  'ward',
  'street',
  'contactPerson',
  'email',
  'phone',
  'channel',
  'receivingAgency',
  'submissionMethod',
  'commitment',
];

export type EventType =
  | 'ready'
  | 'submitted'
  | 'file-number'
  | 'password'
  | 'done'
  | 'reopened'
  | 'support-request'
  /** The student had a VssID account already (made by their parents, say): done without the form. */
  | 'already-registered'
  /** Notes, not steps (the state stays): a reminder sent to the student by `remind`… */
  | 'reminded'
  /** …the row-3 support e-mail sent for the student… */
  | 'support-email-sent'
  /** …and the support desk's answer (the value: what they said, if noted), which closes the request. */
  | 'support-answered';

export interface TrackingEvent {
  type: EventType;
  /** ISO 8601 instant. */
  at: string;
  /**
   * The file number for 'file-number'; the wrong phone for 'support-request'; the phone removed by
   * 'reopened'; the support desk's answer for 'support-answered', when noted.
   */
  value?: string;
}

export interface StudentRecord {
  /** Short id shown to the user (e.g. "k3f9q2"). */
  id: string;
  createdAt: string;
  updatedAt: string;
  state: StudentState;
  fields: StudentFields;
  events: TrackingEvent[];
  /**
   * The phone number as last typed twice in the wizard. The number cannot be changed after
   * registering, so one that arrived otherwise (a roster) is retyped before "Ghi nhận".
   */
  phoneConfirmed?: string;
  /**
   * Who last set each field: a roster import, the wizard (the monitor typing) or `collect` (the
   * classmate, on their phone). A re-import updates only what is empty or came from an import; a
   * field without a source is treated as typed.
   */
  sources?: FieldSources;
  /**
   * The class the student belongs to (the profile's class name when the record was made, or
   * the exporting store's when it was merged in). Absent: the store's own class.
   */
  className?: string;
}

export type FieldSource = 'import' | 'wizard' | 'collect';
export type FieldSources = Partial<Record<FieldKey, FieldSource>>;

export interface ClassProfile {
  className: string;
  receivingAgency: string;
  supportEmail: string;
  submissionMethod: SubmissionMethod;
  /** Days off added by the monitor for this year's announcements (YYYY-MM-DD). */
  extraDaysOff: string[];
  /** Built-in holidays the monitor removed, e.g. a swapped working day (YYYY-MM-DD). */
  removedDaysOff: string[];
  /** Wards the built-in list lacks, added by the monitor: "Thành phố Hồ Chí Minh: Phường …". */
  extraWards: string[];
}

/** How a student without a name yet (a draft) is shown everywhere. */
export const NO_NAME = '(chưa có tên)';

export const displayName = (fields: { name?: string | undefined }): string => fields.name?.trim() || NO_NAME;
