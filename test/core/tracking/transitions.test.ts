import { describe, expect, it, vi } from 'vitest';
import type { StudentRecord, TrackingEvent } from '../../../src/core/record.js';
import { TrackingError } from '../../../src/core/tracking/errors.js';
import { allowedEvents, applyEvent } from '../../../src/core/tracking/transitions.js';
import { parseEventName } from '../../../src/core/tracking/events.js';
import { stateLabelOf } from '../../../src/core/tracking/messages.js';
import { record, vn } from './helpers.js';

const complete = () => true;
const now = vn('2026-03-06T18:00');
const apply = (r: StudentRecord, type: TrackingEvent['type'], local: string, value?: string) =>
  applyEvent(r, { type, at: local, ...(value === undefined ? {} : { value }) }, now, complete);

function refusal(fn: () => unknown): TrackingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TrackingError) return error;
    throw error;
  }
  throw new Error('expected a TrackingError');
}

describe('applyEvent: the legal path', () => {
  it('draft → ready → submitted → file-number → password → done', () => {
    let r = record('a1', 'Nguyễn Văn An', 'draft');
    r = apply(r, 'ready', '2026-03-06 08:00');
    r = apply(r, 'submitted', '2026-03-06 09:00');
    r = apply(r, 'file-number', '2026-03-06 09:01', ' HS-79-0001 ');
    r = apply(r, 'password', '2026-03-06 10:00');
    r = apply(r, 'done', '2026-03-06 10:30');
    expect(r.state).toBe('done');
    expect(r.events.map((e) => e.type)).toEqual(['ready', 'submitted', 'file-number', 'password', 'done']);
    expect(r.events[2]).toEqual({ type: 'file-number', at: '2026-03-06T02:01:00.000Z', value: 'HS-79-0001' });
    expect(r.updatedAt).toBe(now.toISOString());
  });

  it('returns a new record and leaves the input alone', () => {
    const before = record('a1', 'Nguyễn Văn An', 'draft');
    const frozen = structuredClone(before);
    const after = apply(before, 'ready', '2026-03-06 08:00');
    expect(after).not.toBe(before);
    expect(before).toEqual(frozen);
  });

  it('after submitting, a later SMS or a login may come without the earlier one', () => {
    const submitted = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    expect(apply(submitted, 'password', '2026-03-06 10:00').state).toBe('password');
    expect(apply(submitted, 'done', '2026-03-06 10:00').state).toBe('done');
  });

  it("'reopened' goes back to draft; 'support-request' keeps the state", () => {
    const r = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    const asked = apply(r, 'support-request', '2026-03-06 11:00', '0912 345 678');
    expect(asked.state).toBe('submitted');
    expect(asked.events.at(-1)?.value).toBe('0912 345 678');
    expect(apply(asked, 'reopened', '2026-03-06 11:05').state).toBe('draft');
  });

  it("'reopened' may keep the phone it removed, checked like a wrong phone", () => {
    const r = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    expect(apply(r, 'reopened', '2026-03-06 11:05', ' 0912345678 ').events.at(-1)?.value).toBe('0912345678');
    expect(apply(r, 'reopened', '2026-03-06 11:05').events.at(-1)).not.toHaveProperty('value');
    expect(() => apply(r, 'reopened', '2026-03-06 11:05', 'abc')).toThrow(TrackingError);
  });

  it("'ready' asks the given predicate about the fields", () => {
    const r = record('a1', 'An', 'draft');
    const isComplete = vi.fn(() => false);
    const error = refusal(() => applyEvent(r, { type: 'ready', at: '2026-03-06 08:00' }, now, isComplete));
    expect(isComplete).toHaveBeenCalledWith(r.fields);
    expect(error.code).toBe('incomplete');
    expect(error.message).toContain('register --resume a1');
  });
});

describe('applyEvent: refusals', () => {
  it('says what is missing and what is allowed', () => {
    const ready = record('a1', 'An', 'ready', [['ready', '2026-03-06T08:00']]);
    const error = refusal(() => apply(ready, 'password', '2026-03-06 10:00'));
    expect(error.code).toBe('illegal-transition');
    // The state by its Vietnamese label; English only for the event words the user types.
    expect(error.message).toBe(
      "Không thể ghi «password» (đã nhận SMS mật khẩu) khi học sinh đang ở trạng thái “Sẵn sàng”: cần ghi «submitted» trước. " +
        'Có thể ghi: submitted (đã bấm “Ghi nhận”), reopened (mở lại hồ sơ để sửa), ' +
        'support-request (cần gửi e-mail nhờ hỗ trợ đổi số điện thoại), ' +
        'already-registered (đã có tài khoản VssID từ trước, không cần đăng ký).',
    );
    expect(error.message).not.toContain('«ready»');
    const draft = record('a2', 'Bình', 'draft');
    expect(refusal(() => apply(draft, 'file-number', '2026-03-06 10:00', '123')).message).toContain(
      'cần ghi «ready» và «submitted» trước',
    );
    expect(refusal(() => apply(draft, 'submitted', '2026-03-06 10:00')).message).toContain('cần ghi «ready» trước');
  });

  it('refuses going back, except by reopening', () => {
    const r = record('a1', 'An', 'file-number', [
      ['submitted', '2026-03-06T09:00'],
      ['file-number', '2026-03-06T09:01', '123'],
    ]);
    const error = refusal(() => apply(r, 'submitted', '2026-03-06 10:00'));
    expect(error.message).toContain('ghi «reopened» trước');
    expect(() => apply(r, 'file-number', '2026-03-06 10:00', '456')).toThrow(TrackingError);
  });

  it('nothing after done; no reopening a draft', () => {
    const done = record('a1', 'An', 'done');
    expect(allowedEvents('done')).toEqual([]);
    expect(refusal(() => apply(done, 'reopened', '2026-03-06 10:00')).message).toContain('đã hoàn tất');
    expect(() => apply(record('a2', 'B', 'draft'), 'reopened', '2026-03-06 10:00')).toThrow(TrackingError);
  });

  it('refuses an unknown event type', () => {
    const r = record('a1', 'An', 'draft');
    const bogus = { type: 'sent', at: '2026-03-06 10:00' } as unknown as TrackingEvent;
    expect(refusal(() => applyEvent(r, bogus, now, complete)).code).toBe('unknown-event');
  });

  it('refuses a time in the future beyond 5 minutes of clock skew', () => {
    const r = record('a1', 'An', 'draft');
    expect(apply(r, 'ready', '2026-03-06 18:04').state).toBe('ready');
    expect(refusal(() => apply(r, 'ready', '2026-03-06 18:06')).code).toBe('future-time');
    expect(refusal(() => apply(r, 'ready', '2026-03-07 08:00')).message).toContain('tương lai');
  });

  it('refuses a time before the previous event, accepts the same time', () => {
    const r = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    const error = refusal(() => apply(r, 'file-number', '2026-03-06 08:54', '123'));
    expect(error.code).toBe('before-previous');
    expect(error.message).toContain('09:00 06/03/2026');
    expect(error.message).toContain('đã bấm “Ghi nhận”');
    expect(apply(r, 'file-number', '2026-03-06 09:00', '123').state).toBe('file-number');
  });

  it('takes a few minutes behind the previous event as clock skew, recorded at the previous time', () => {
    const r = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    const next = apply(r, 'file-number', '2026-03-06 08:57', '123');
    expect(next.events.at(-1)?.at).toBe(r.events.at(-1)?.at);
  });

  it('refuses a missing or implausible value', () => {
    const r = record('a1', 'An', 'submitted', [['submitted', '2026-03-06T09:00']]);
    expect(refusal(() => apply(r, 'file-number', '2026-03-06 09:05')).code).toBe('invalid-value');
    expect(refusal(() => apply(r, 'file-number', '2026-03-06 09:05', 'số 12')).code).toBe('invalid-value');
    expect(refusal(() => apply(r, 'support-request', '2026-03-06 09:05')).code).toBe('invalid-value');
  });
});

describe('a student who already has an account', () => {
  const at = '2026-03-02T02:00:00.000Z';
  const now = new Date('2026-03-02T03:00:00.000Z');
  const base = { id: 'abc123', createdAt: at, updatedAt: at, events: [] as TrackingEvent[] };

  it("'already-registered' takes a draft with a name and a BHXH code straight to done", () => {
    const record = { ...base, state: 'draft' as const, fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567' } };
    const done = applyEvent(record, { type: 'already-registered', at }, now, () => false);
    expect(done.state).toBe('done');
    expect(done.events).toEqual([{ type: 'already-registered', at }]);
    expect(stateLabelOf(done)).toBe('Hoàn tất (có tài khoản từ trước)');
  });

  it('is refused without the BHXH code (the login), and after submitting (then it is a registration)', () => {
    const noCode = { ...base, state: 'draft' as const, fields: { name: 'Nguyễn Văn An' } };
    expect(() => applyEvent(noCode, { type: 'already-registered', at }, now, () => false)).toThrow(/họ tên và mã số BHXH/);
    const submitted = { ...base, state: 'submitted' as const, fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567' } };
    expect(() => applyEvent(submitted, { type: 'already-registered', at }, now, () => false)).toThrow(/Không thể ghi «already-registered»/);
  });

  it('is typed in Vietnamese too', () => {
    expect(parseEventName('đã có tài khoản')).toBe('already-registered');
  });
});
