/** What `collect` says in the monitor's terminal. */
import { command } from '../invocation.js';

export const collectTerminal = {
  title: 'Thu thông tin từ điện thoại của các bạn trong lớp',
  qrLabel: 'Quét mã này bằng camera điện thoại (cùng mạng Wi-Fi với máy này)',
  address: (url: string) => `Địa chỉ: ${url}`,
  hotspot:
    'Nên dùng điểm phát Wi-Fi (hotspot) từ chính điện thoại của bạn, không dùng Wi-Fi chung của trường hay quán: ' +
    'chỉ người trong lớp mới vào được mạng đó.',
  secret: 'Chỉ cho các bạn trong lớp xem mã QR này: ai có địa chỉ đầy đủ đều gửi được thông tin vào máy bạn.',
  until: (minutes: number, time: string) =>
    `Đang nhận trong ${String(minutes).replace('.', ',')} phút (đến ${time}). Bấm Ctrl+C để dừng sớm.`,
  noTerminalStop: (minutes: number) => `Đang nhận trong ${String(minutes).replace('.', ',')} phút; gửi SIGINT hoặc SIGTERM để dừng sớm.`,
  badNumber: (flag: string, raw: string, min: number, max: number) =>
    `${flag} cần một số từ ${min} đến ${max}, không phải «${raw}».`,
  noLanAddress: 'Không tìm thấy địa chỉ mạng LAN (IPv4) nào của máy này: hãy bật Wi-Fi hoặc điểm phát rồi chạy lại, hoặc chỉ định --host.',
  hostHint: `Ví dụ: ${command('collect --host 192.168.43.10')}`,
  listenFailed: (host: string, port: number, reason: string) =>
    `Không mở được cổng ${port} trên ${host} (${reason}). Hãy thử cổng khác với --port, hoặc kiểm tra --host.`,
  arrival: (time: string, name: string, ready: boolean, missing: readonly string[], updated: boolean) =>
    `${time} ${name}${updated ? ' (gửi lại)' : ''} — ${ready ? 'đủ thông tin' : missing.length > 0 ? `còn thiếu: ${missing.join(', ')}` : 'đã lưu nháp'}`,
  conflict: (label: string, kept: string, sent: string) =>
    `  ⚠ ${label}: giữ giá trị bạn đã nhập (${kept}); bạn ấy gửi «${sent}». Sửa bằng register --resume nếu cần.`,
  held: (name: string, label: string, from: string, to: string) => `${name} xin đổi ${label}: ${from} → ${to}.`,
  heldAsk: 'Chấp nhận thay đổi này? (c = có, k = không) ',
  heldAccepted: '  ✔ Đã chấp nhận.',
  heldDeclined: '  Đã giữ nguyên.',
  heldNoTerminal: (id: string) =>
    `  Đang giữ lại, chưa đổi (không có terminal để hỏi). Nếu đúng, hãy sửa bằng ${command(`register --resume ${id}`)}.`,
  rejected: (time: string, address: string, reason: string) => `✖ ${time} từ ${address}: ${reason}`,
  stopped: 'Đã dừng nhận thông tin; máy này không còn mở cổng nào.',
  summary: (saved: number, updated: number, rejected: number, held: number) =>
    `Tổng kết: ${saved} bạn mới, ${updated} bạn gửi lại, ${rejected} lần bị từ chối${held > 0 ? `, ${held} thay đổi số điện thoại/e-mail đang giữ lại` : ''}.`,
  next: `Xem cả lớp: ${command('status')}`,
};

/** Why a request was refused, one line in the terminal (the phone gets its own words). */
export const rejectionReasons = {
  tooMany: 'gửi quá nhiều lần trong một phút',
  tooLarge: 'dữ liệu quá lớn',
  unreadable: 'không giải mã được (sai khóa hoặc dữ liệu bị sửa)',
  replayed: 'gói dữ liệu gửi lại lần hai (trùng nonce)',
  badRequest: 'dữ liệu không đúng dạng',
  invalid: 'thông tin chưa đúng, đã báo lại trên điện thoại',
  mismatch: 'mã số BHXH và số giấy tờ không khớp cả hai với hồ sơ đã lưu',
  locked: 'hồ sơ đã nộp, không sửa từ điện thoại',
  notSaved: 'không lưu được',
  timeout: 'gửi quá chậm hoặc bị ngắt giữa chừng',
  connections: 'quá nhiều kết nối cùng lúc từ một địa chỉ, đã ngắt',
};
