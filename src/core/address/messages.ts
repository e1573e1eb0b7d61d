/** Every Vietnamese sentence about wards and the ward list, in one place. */
import { CLI } from '../../invocation.js';
import type { FormerWardMatch } from './ward-list.js';
import type { WardData } from './ward-data.js';

// The 2025 reform of wards took effect on 1/7/2025 (Resolution 202/2025/QH15); later renames carry their own date.
const REFORM = '1/7/2025';
const before = (f: Pick<FormerWardMatch, 'until'>): string => `trước ${f.until ?? REFORM}`;

/** "Phường Bến Nghé (Quận 1, trước 1/7/2025)". */
export const formerLabel = (f: Pick<FormerWardMatch, 'name' | 'district' | 'until'>): string =>
  f.district ? `${f.name} (${f.district}, ${before(f)})` : `${f.name} (${before(f)})`;

/** "Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn". */
export const formerArrow = (f: FormerWardMatch): string => `${formerLabel(f)} ⇒ ${f.becameParts.join(' hoặc ')}`;

const dayOf = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** The list a warning was checked against, with the date of its data. */
export const listSource = (s: WardData['source']): string => `danh sách phường/xã ngày ${dayOf(s.listDate)}, ${s.list}`;

export const wardMessages = {
  mapped: (f: FormerWardMatch, name: string, source: string) =>
    `Phường/xã cũ: ${formerLabel(f)} ⇒ ${name} (${source}). Từ ${f.until ?? REFORM} hãy chọn “${name}” trong ứng dụng` +
    (f.until === undefined ? ' (không còn cấp quận/huyện).' : '.'),
  split: (f: FormerWardMatch, fix: string) =>
    `${formerLabel(f)} nay được chia vào nhiều phường/xã: ${f.becameParts.join(', ')}. ` +
    `Chọn đúng phường/xã theo địa chỉ nhà${where(fix)}; tạm giữ như đã ghi.`,
  ambiguous: (ward: string, candidates: readonly FormerWardMatch[], fix: string) =>
    `Trước 1/7/2025 có ${candidates.length} “${ward}” khác nhau: ${candidates.map(formerArrowShort).join('; ')}. ` +
    `Hãy ghi thêm quận/huyện cũ hoặc ghi thẳng phường/xã mới${where(fix)}; tạm giữ như đã ghi.`,
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
    `“${ward}” không có trong danh sách phường/xã hiện hành: hãy kiểm tra trong ứng dụng trước khi ghi nhận.`,
};

const where = (fix: string): string => (fix ? ` ${fix}` : '');

function formerArrowShort(f: FormerWardMatch): string {
  return `${f.district || '?'} ⇒ ${f.becameParts.join(' hoặc ')}`;
}
