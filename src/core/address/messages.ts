/** Every Vietnamese sentence about wards and the ward list, in one place. */
import type { FormerWardMatch } from './ward-list.js';
import { CLI } from '../../invocation.js';
import type { WardData } from './ward-data.js';

const BEFORE = 'trước 1/7/2025';

/** "Phường Bến Nghé (Quận 1, trước 1/7/2025)". */
export const formerLabel = (f: Pick<FormerWardMatch, 'name' | 'district'>): string =>
  f.district ? `${f.name} (${f.district}, ${BEFORE})` : `${f.name} (${BEFORE})`;

/** "Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn". */
export const formerArrow = (f: FormerWardMatch): string => `${formerLabel(f)} ⇒ ${f.becameParts.join(' hoặc ')}`;

export const listSource = (s: WardData['source']): string => {
  const [y, m, d] = s.updated.split('-');
  return `danh sách sau 1/7/2025 của gói ${s.package} ${s.version}${s.updated ? `, cập nhật ${d}/${m}/${y}` : ''}`;
};

export const wardMessages = {
  mapped: (f: FormerWardMatch, name: string) =>
    `Phường/xã cũ: ${formerLabel(f)} ⇒ ${name}. Từ 1/7/2025 hãy chọn “${name}” trong ứng dụng (không còn cấp quận/huyện).`,
  split: (f: FormerWardMatch, fix: string) =>
    `${formerLabel(f)} nay được chia vào nhiều phường/xã: ${f.becameParts.join(', ')}. ` +
    `Chọn đúng phường/xã theo địa chỉ nhà ${fix}; tạm giữ như đã ghi.`,
  ambiguous: (ward: string, candidates: readonly FormerWardMatch[], fix: string) =>
    `Trước 1/7/2025 có ${candidates.length} “${ward}” khác nhau: ${candidates.map(formerArrowShort).join('; ')}. ` +
    `Hãy ghi thêm quận/huyện cũ hoặc ghi thẳng phường/xã mới ${fix}; tạm giữ như đã ghi.`,
  unclear: (ward: string, options: readonly string[]) =>
    `“${ward}” có thể là ${options.join(' hoặc ')}: hãy ghi rõ “Phường …” hay “Xã …”; tạm giữ như đã ghi.`,
  unknown: (ward: string, province: string, suggestions: readonly string[], source: string) =>
    `“${ward}” không có trong danh sách phường/xã của ${province} (${source}). Vẫn giữ như đã ghi; ` +
    'hãy kiểm tra trong danh sách của ứng dụng (danh sách có thể đổi theo nghị quyết mới, ví dụ năm 2026)' +
    (suggestions.length > 0 ? `. Có phải: ${suggestions.join(', ')}?` : '.') +
    ` Nếu đúng là danh sách còn thiếu: ${CLI} config add extraWards "${province}: ${ward}"`,
  fixRoster: `(sửa cột Phường/Xã, hoặc ${CLI} register --resume <mã> sau khi nhập)`,
  fixFlags: '(sửa --ward, hoặc thêm --district với quận/huyện cũ)',
  // The wizard's ward select.
  search: 'gõ để tìm, không dấu cũng được, ví dụ “p1”, “sai gon”; tên phường cũ cũng được',
  keep: (term: string) => `Giữ “${term}” (không có trong danh sách: cần kiểm tra lại)`,
  noMatch: (term: string) => `Không có phường/xã nào khớp “${term}”. Gõ ngắn hơn, hoặc chọn giữ nguyên bên dưới.`,
  typeToKeep: 'Gõ tên phường/xã để tìm',
  whichPart: (f: FormerWardMatch) => `${formerLabel(f)} nay được chia ra. Nhà của học sinh thuộc phường/xã nào?`,
  chosenFormer: (f: FormerWardMatch, name: string) => `${formerLabel(f)} ⇒ ${name}`,
  keptUnknown: (ward: string) =>
    `“${ward}” không có trong danh sách phường/xã sau 1/7/2025: hãy kiểm tra trong ứng dụng trước khi ghi nhận.`,
};

function formerArrowShort(f: FormerWardMatch): string {
  return `${f.district || '?'} ⇒ ${f.becameParts.join(' hoặc ')}`;
}
