import { describe, expect, it } from 'vitest';
import type { StudentRecord, TrackingEvent } from '../../../src/core/record.js';
import {
  buildSupportEmail,
  formatSupportEmail,
  pendingSupportRequest,
  pendingSupportRequests,
  registeredPhone,
} from '../../../src/core/support/index.js';

const ev = (type: TrackingEvent['type'], at: string, value?: string): TrackingEvent => ({ type, at, ...(value ? { value } : {}) });

function rec(id: string, state: StudentRecord['state'], events: TrackingEvent[], phone?: string): StudentRecord {
  return {
    id,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    state,
    fields: { name: `Học sinh ${id}`, bhxhCode: `79000000${id.padStart(2, '0')}`, ...(phone ? { phone } : {}) },
    events,
  };
}

describe('support requests', () => {
  const asked = rec('1', 'draft', [
    ev('submitted', '2026-02-09T02:00:00Z'),
    ev('support-request', '2026-02-10T02:00:00Z', '0911111111'),
    ev('reopened', '2026-02-10T02:00:00Z', '0911111111'),
  ]);

  it('is pending until a file number, password or login proves the new phone works', () => {
    expect(pendingSupportRequest(asked)?.value).toBe('0911111111');
    const fixed = { ...asked, state: 'file-number' as const, events: [...asked.events, ev('ready', '2026-02-11T00:00:00Z'), ev('submitted', '2026-02-11T01:00:00Z'), ev('file-number', '2026-02-11T01:01:00Z', '9')] };
    expect(pendingSupportRequest(fixed)).toBeUndefined();
    expect(pendingSupportRequest(rec('2', 'submitted', [ev('submitted', '2026-02-09T02:00:00Z')]))).toBeUndefined();
  });

  it('gives the right phone only once it differs from the wrong one', () => {
    expect(pendingSupportRequests([asked])[0]?.rightPhone).toBeUndefined();
    expect(pendingSupportRequests([{ ...asked, fields: { ...asked.fields, phone: '0911.111.111' } }])[0]?.rightPhone).toBeUndefined();
    expect(pendingSupportRequests([{ ...asked, fields: { ...asked.fields, phone: '0933333333' } }])[0]?.rightPhone).toBe('0933333333');
  });

  it('lists requests oldest first', () => {
    const later = rec('3', 'submitted', [ev('submitted', '2026-02-09T02:00:00Z'), ev('support-request', '2026-02-12T02:00:00Z', '0922222222')], '0922222222');
    expect(pendingSupportRequests([later, asked]).map((r) => r.id)).toEqual(['1', '3']);
  });

  it('knows which phone was registered by mistake', () => {
    expect(registeredPhone(rec('4', 'submitted', [], '0912345678'))).toBe('0912345678');
    // Reopened by row 2, right phone typed since: the wrong one is the one the reopening removed.
    const reopened = rec('5', 'draft', [ev('submitted', '2026-02-09T02:00:00Z'), ev('reopened', '2026-02-09T03:00:00Z', '0912345678')], '0987654321');
    expect(registeredPhone(reopened)).toBe('0912345678');
    expect(registeredPhone(rec('6', 'draft', []))).toBeUndefined();
  });
});

describe('the support e-mail', () => {
  const requests = [
    { id: 'a', name: 'Nguyễn Văn An', bhxhCode: '7931234567', wrongPhone: '0911111111', rightPhone: '0933333333', requestedAt: '' },
    { id: 'b', name: 'Trần Thị Bình', bhxhCode: '7931234568', wrongPhone: '0922222222', requestedAt: '' },
  ];

  it('reads as a request from the monitor, with full codes and both phones', () => {
    const email = buildSupportEmail({ to: 'hotro@truong.edu.vn', className: '12A1', receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh', requests });
    expect(email.to).toBe('hotro@truong.edu.vn');
    expect(email.subject).toBe('Đề nghị hỗ trợ đăng ký lại VssID do sai số điện thoại – lớp 12A1 (2 học sinh)');
    expect(email.body).toContain('Em là lớp trưởng lớp 12A1');
    expect(email.body).toContain(
      '1. Nguyễn Văn An\n   Mã số BHXH: 7931234567\n   Số điện thoại đã đăng ký nhầm: 0911111111\n   Số điện thoại đúng: 0933333333\n',
    );
    expect(email.body).toContain('2. Trần Thị Bình\n   Mã số BHXH: 7931234568\n   Số điện thoại đã đăng ký nhầm: 0922222222\n   Số điện thoại đúng: chưa có\n');
    expect(email.body).toContain('em sẽ gửi bổ sung số điện thoại đúng');
    expect(email.body).toContain('Cơ quan BHXH tiếp nhận hồ sơ: BHXH Quận 3, TP. Hồ Chí Minh.');
    expect(email.body.endsWith('Trân trọng,\nLớp trưởng lớp 12A1')).toBe(true);
  });

  it('speaks of one student in the singular and leaves out what is unknown', () => {
    const email = buildSupportEmail({ to: 'x@y.vn', className: ' ', receivingAgency: '', requests: [requests[0]!] });
    expect(email.subject).toBe('Đề nghị hỗ trợ đăng ký lại VssID do sai số điện thoại (1 học sinh)');
    expect(email.body).toContain('Bạn dưới đây');
    expect(email.body).toContain('để bạn được đăng ký lại');
    expect(email.body).not.toContain('chưa có');
    expect(email.body).not.toContain('Cơ quan BHXH');
    expect(formatSupportEmail(email)).toMatch(/^Đến: x@y\.vn\nTiêu đề: .*\n\nKính gửi/);
  });
});
