import { describe, expect, it } from 'vitest';
import { pendingSupportRequests } from '../../../src/core/support/index.js';
import { TrackingError, allowedEvents, applyEvent, boardEntry, parseEventName } from '../../../src/core/tracking/index.js';
import { record, vn } from './helpers.js';

const now = vn('2026-03-09T10:00');
const at = (local: string) => vn(local).toISOString();
const apply = (r: ReturnType<typeof record>, type: Parameters<typeof applyEvent>[1]['type'], when: string, value?: string) =>
  applyEvent(r, { type, at: at(when), ...(value === undefined ? {} : { value }) }, now, () => true);

describe('notes beside the path: reminded, support e-mail sent, support answered', () => {
  it('change no state, move no "since", and are not offered as steps', () => {
    const waiting = record('w1', 'Bùi Tú', 'file-number', [['submitted', '2026-03-09T07:59'], ['file-number', '2026-03-09T08:00', '3']]);
    const reminded = apply(waiting, 'reminded', '2026-03-09T09:00');
    expect(reminded.state).toBe('file-number');
    expect(boardEntry(reminded, now).since).toBe(at('2026-03-09T08:00'));
    expect(allowedEvents('file-number')).not.toContain('reminded');
    expect(parseEventName('đã nhắc')).toBe('reminded');
  });

  it('do not stop an earlier real event being recorded after them (Monday typing what happened on Friday)', () => {
    const sent = apply(record('s1', 'Lê Hoa', 'submitted', [['submitted', '2026-03-06T09:00']]), 'reminded', '2026-03-09T09:00');
    expect(apply(sent, 'file-number', '2026-03-06T09:01', 'HS1').state).toBe('file-number');
  });

  it('the support e-mail: only for an open request, once; an answer closes the request', () => {
    const plain = record('p1', 'Lê Hoa', 'draft');
    expect(() => apply(plain, 'support-email-sent', '2026-03-09T09:00')).toThrow(TrackingError);
    const asked = apply(apply(record('a1', 'Lê Hoa', 'submitted', [['submitted', '2026-03-06T09:00']]), 'support-request', '2026-03-06T10:00', '0911111111'), 'reopened', '2026-03-06T10:00', '0911111111');
    const sent = apply(asked, 'support-email-sent', '2026-03-07T08:00');
    expect(pendingSupportRequests([sent])[0]?.emailSentAt).toBe(at('2026-03-07T08:00'));
    expect(() => apply(sent, 'support-email-sent', '2026-03-08T08:00')).toThrow(/đã được ghi là đã gửi/);
    const answered = apply(sent, 'support-answered', '2026-03-08T08:00', '  đã đổi số  ');
    expect(answered.events.at(-1)).toEqual({ type: 'support-answered', at: at('2026-03-08T08:00'), value: 'đã đổi số' });
    expect(pendingSupportRequests([answered])).toEqual([]);
    expect(answered.state).toBe('draft');
  });
});
