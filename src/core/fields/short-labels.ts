/** A few words per field, for a column or a board line where the form's full labels do not fit. */
import type { FieldKey } from '../record.js';

export const SHORT_LABELS: Record<FieldKey, string> = {
  subjectType: 'đối tượng',
  name: 'họ tên',
  bhxhCode: 'mã BHXH',
  idNumber: 'số giấy tờ',
  frontPhoto: 'ảnh trước',
  backPhoto: 'ảnh sau',
  portraitPhoto: 'ảnh chân dung',
  province: 'tỉnh',
  district: 'quận/huyện',
  ward: 'phường/xã',
  street: 'số nhà',
  contactPerson: 'người liên hệ',
  email: 'e-mail',
  phone: 'SĐT',
  channel: 'nơi giao dịch',
  receivingAgency: 'cơ quan BHXH',
  submissionMethod: 'cách nộp',
  commitment: 'cam kết',
};
