import type { RosterKey } from './types.js';

/**
 * Column names people actually use, per key (the SPEC's table plus what Google Forms, school
 * spreadsheets and English templates write). Compared after folding case, diacritics and
 * punctuation, so "SĐT", "Sđt" and "sdt" are one entry.
 */
export const HEADER_NAMES: Record<RosterKey, readonly string[]> = {
  name: [
    'Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Họ và tên sinh viên', 'Họ tên học sinh',
    'Họ tên sinh viên', 'Tên học sinh', 'Tên sinh viên', 'Họ và tên đầy đủ', 'Tên đầy đủ', 'name',
    'full name', 'fullname', 'student name', 'your name',
  ],
  bhxh: [
    'Mã số BHXH', 'Mã BHXH', 'Số BHXH', 'Mã số bảo hiểm xã hội', 'Mã bảo hiểm xã hội', 'Số sổ BHXH',
    'Mã số BHXH/BHYT', 'Mã BHXH/BHYT', 'Số thẻ BHYT', 'Mã thẻ BHYT', 'Mã số thẻ BHYT', 'Thẻ BHYT',
    'Số thẻ bảo hiểm y tế', 'Mã số bảo hiểm y tế', 'BHXH', 'BHYT', 'bhxh', 'bhxhCode', 'bhxh code',
    'social insurance number', 'social insurance code', 'health insurance card number',
  ],
  idNumber: [
    'Số CMND/CCCD', 'Số CCCD/CMND', 'CMND/CCCD', 'CCCD/CMND', 'CCCD', 'CMND', 'Số CCCD', 'Số CMND',
    'Số CMND/CCCD/Hộ chiếu', 'Số CCCD/Hộ chiếu', 'Số giấy tờ', 'Số giấy tờ tùy thân', 'Số căn cước',
    'Căn cước công dân', 'Số căn cước công dân', 'Căn cước', 'Số định danh', 'Số định danh cá nhân',
    'Mã định danh', 'Số hộ chiếu', 'Hộ chiếu', 'idNumber', 'id number', 'national id', 'citizen id',
    'id card number', 'passport number',
  ],
  phone: [
    'Số điện thoại', 'SĐT', 'Số ĐT', 'Điện thoại', 'Điện thoại di động', 'Số điện thoại di động',
    'Số di động', 'Di động', 'ĐTDĐ', 'phone', 'phone number', 'mobile', 'mobile phone', 'mobile number',
    'telephone',
  ],
  email: [
    'Email', 'E-mail', 'Địa chỉ email', 'Địa chỉ e-mail', 'Địa chỉ thư điện tử', 'Thư điện tử', 'Gmail',
    'Địa chỉ Gmail', 'Email address', 'mail',
  ],
  province: [
    'Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh', 'Thành phố', 'Tỉnh thành', 'Tỉnh/Thành',
    'Tỉnh/Thành phố trực thuộc TW', 'province', 'city', 'province/city',
  ],
  district: ['Quận/Huyện', 'Quận', 'Huyện', 'Quận/Huyện/Thị xã', 'Thị xã', 'district'],
  ward: ['Phường/Xã', 'Phường', 'Xã', 'Phường/Xã/Thị trấn', 'Xã/Phường', 'Thị trấn', 'ward', 'commune', 'ward/commune'],
  street: [
    'Số nhà, đường', 'Số nhà, tên đường', 'Địa chỉ chi tiết', 'Địa chỉ', 'Địa chỉ liên hệ', 'Địa chỉ nhà',
    'Địa chỉ thường trú', 'Địa chỉ cư trú', 'Số nhà', 'Đường', 'Thôn/Xóm', 'Thôn, xóm, số nhà', 'street',
    'address', 'street address', 'house number',
  ],
};

/** One-word names distinctive enough to recognise "SĐT (Zalo)" or "Email sinh viên" by their start. */
export const PREFIX_WORDS = new Set(['sdt', 'cccd', 'cmnd', 'bhxh', 'bhyt', 'email', 'gmail']);

/** A prefix match on these is someone else's number or name (a parent's, a guardian's), not the student's. */
export const OTHER_PERSON = ['phu huynh', 'bo me', 'cha me', 'nguoi than', 'giam ho', 'gia dinh', ' bo ', ' me ',
  ' cha ', 'parent', 'guardian', 'father', 'mother'];

export type NamePart = 'head' | 'family' | 'middle' | 'given';

/** Split name columns ("Họ và tên đệm" + "Tên"), joined in this order when there is no full-name column. */
export const NAME_PARTS: Record<NamePart, readonly string[]> = {
  head: ['Họ và tên đệm', 'Họ đệm', 'Họ và đệm', 'Họ lót', 'Họ và tên lót', 'Họ và chữ lót'],
  family: ['Họ', 'last name', 'surname', 'family name'],
  middle: ['Tên đệm', 'Tên lót', 'Chữ lót', 'middle name'],
  given: ['Tên', 'first name', 'given name'],
};
export const NAME_PART_ORDER: readonly NamePart[] = ['head', 'family', 'middle', 'given'];

/** Google Forms' answer-time column (Vietnamese and English), used to keep a student's newest answer. */
export const TIMESTAMP_HEADERS: readonly string[] = ['Dấu thời gian', 'Timestamp', 'Thời gian', 'Thời gian gửi', 'Thời gian trả lời'];
