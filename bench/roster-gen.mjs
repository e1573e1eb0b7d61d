// Realistic, valid-looking rosters: Vietnamese names, unique 10-digit BHXH codes, CCCDs with real
// province codes, mobile numbers in assigned ranges. Seeded, so every run reads the same file.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Gia', 'Hoàng', 'Thu', 'Đức', 'Bảo'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Huy', 'Khánh', 'Lan', 'Linh', 'Long',
  'Mai', 'Minh', 'Nam', 'Ngân', 'Nhung', 'Phong', 'Phúc', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const CCCD_PROVINCES = ['001', '031', '048', '079', '092', '075', '066', '038', '040', '052'];
const MOBILE = ['090', '091', '093', '094', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039',
  '081', '082', '083', '084', '085', '086', '088', '070', '076', '077', '078', '079'];
const PLACES = [
  ['Thành phố Hồ Chí Minh', 'Phường Võ Thị Sáu'], ['Hà Nội', 'Phường Hoàn Kiếm'], ['Đà Nẵng', 'Phường Hải Châu'],
  ['Cần Thơ', 'Phường Ninh Kiều'], ['Bình Dương', 'Phường Thủ Dầu Một'], ['Đắk Lắk', 'Phường Buôn Ma Thuột'],
  ['Khánh Hòa', 'Phường Nha Trang'], ['Nghệ An', 'Phường Vinh Phú'], ['Thừa Thiên Huế', 'Phường Thuận Hóa'],
];
const STREETS = ['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Điện Biên Phủ', '30/4'];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated student per index, as a roster's columns give them. */
export function* rosterRows(size, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  for (let i = 0; i < size; i++) {
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const serial = String(i).padStart(6, '0');
    const bhxhCode = `79${String(i).padStart(8, '0')}`;
    const idNumber = `${pick(CCCD_PROVINCES)}${random() < 0.5 ? 2 : 3}0${5 + Math.floor(random() * 3)}${serial}`;
    const phone = `${pick(MOBILE)}${digits(7)}`;
    const [province, ward] = pick(PLACES);
    const email = random() < 0.7 ? `hs${i}@gmail.com` : '';
    const street = `${1 + Math.floor(random() * 200)} ${pick(STREETS)}, tổ ${1 + Math.floor(random() * 30)}`;
    yield { timestamp: `2025-09-01 08:${String(i % 60).padStart(2, '0')}:00`, name, bhxhCode, idNumber, phone, email, province, ward, street };
  }
}

export function rosterCsv(size, seed = 42) {
  const lines = ['Dấu thời gian,Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Email,Tỉnh/Thành phố,Phường/Xã,"Số nhà, đường"'];
  for (const r of rosterRows(size, seed)) {
    lines.push(`${r.timestamp},${r.name},${r.bhxhCode},${r.idNumber},${r.phone},${r.email},${r.province},${r.ward},"${r.street}"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
