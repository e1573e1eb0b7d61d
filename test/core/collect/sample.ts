import type { Submission } from '../../../src/core/collect/submission.js';

/** A classmate's sending as the page makes it, every field right. */
export const goodSubmission = (fields: Submission['fields'] = {}): Submission => {
  const all = {
    name: 'Nguyễn Văn An',
    bhxhCode: '7931234567',
    idNumber: '079205001234',
    province: 'TP. Hồ Chí Minh',
    district: '',
    ward: 'Phường Sài Gòn',
    street: '12 Lê Lợi',
    email: 'an@gmail.com',
    phone: '0912345678',
    ...fields,
  };
  return { fields: all, phoneAgain: all.phone, idConfirmed: true, commitment: true };
};
