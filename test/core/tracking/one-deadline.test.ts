/** Issue 9: one deadline rule (3 working days after the file-number SMS; 72 hours: worth trying). */
import { describe, expect, it } from 'vitest';
import { boardEntry, buildBoard } from '../../../src/core/tracking/board.js';
import { passwordDeadline } from '../../../src/core/tracking/deadlines.js';
import { passwordDeadlineText } from '../../../src/core/tracking/messages.js';
import { record, vn } from './helpers.js';

const HOUR = 3_600_000;
const smsAt = (local: string) =>
  record('x1', 'An', 'file-number', [['submitted', local], ['file-number', local, 'HS987654']]);
const plus = (local: string, hours: number) => new Date(vn(local).getTime() + hours * HOUR);

describe('a Friday-afternoon SMS', () => {
  const friday = '2026-12-04T15:00';
  const student = smsAt(friday);

  it('at +80 h: worth trying “Quên mật khẩu”, not overdue, due the Wednesday', () => {
    const now = plus(friday, 80);
    expect(passwordDeadline(student, now)).toEqual({
      dueDate: '2026-12-09',
      forgotPasswordFrom: vn('2026-12-07T15:00').toISOString(),
      phase: 'forgot-worth-trying',
    });
    const entry = boardEntry(student, now);
    expect(entry).toMatchObject({ overdue: false, dueDate: '2026-12-09', troubleshootRow: 5, passwordPhase: 'forgot-worth-trying' });
    expect(entry.nextStep).toContain('đã 72 giờ: có thể thử Quên mật khẩu; hạn chính thức 09/12/2026');
    expect(entry.nextStep).toContain(passwordDeadlineText(passwordDeadline(student, now)!));
    const { summary } = buildBoard([student], now);
    expect(summary).toMatchObject({ overdue: 0, waiting: 1, forgotPassword: 1 });
  });

  it('before 72 h it says when to try; overdue only after the due date', () => {
    expect(passwordDeadline(student, plus(friday, 71.9))?.phase).toBe('waiting');
    expect(boardEntry(student, plus(friday, 71.9)).nextStep).toMatch(/hạn chính thức hết ngày 09\/12\/2026\. Từ 15:00 07\/12\/2026/);
    expect(passwordDeadline(student, vn('2026-12-09T23:59'))?.phase).toBe('forgot-worth-trying');
    expect(passwordDeadline(student, vn('2026-12-10T00:00'))?.phase).toBe('overdue');
    expect(boardEntry(student, vn('2026-12-10T00:00'))).toMatchObject({ overdue: true, troubleshootRow: 5 });
    expect(boardEntry(student, vn('2026-12-10T00:00')).nextStep).toContain('Quá hạn nhận mật khẩu (hạn chính thức 09/12/2026 đã qua)');
  });
});

describe('due dates across days off', () => {
  it.each([
    ['a weekend', '2026-03-06T09:01', '2026-03-11'],
    ['30/4 and 1/5 (2026: Thursday, Friday)', '2026-04-29T10:00', '2026-05-06'],
    ['30/4, 1/5 on a Saturday and its day in lieu (2027)', '2027-04-29T10:00', '2027-05-06'],
    ['2/9 with 1/9 (2026)', '2026-08-31T10:00', '2026-09-07'],
    ['Tết 2027 (5–9/2 and two days in lieu)', '2027-02-04T16:00', '2027-02-16'],
    ['the day before Tết 2026', '2026-02-13T14:01', '2026-02-25'],
  ])('%s', (_, sms, due) => {
    const student = smsAt(sms);
    const deadline = passwordDeadline(student, vn(sms));
    expect(deadline?.dueDate).toBe(due);
    // 72 hours always come before the end of the due date: never overdue before worth trying.
    expect(Date.parse(deadline!.forgotPasswordFrom)).toBeLessThan(vn(`${due}T23:59`).getTime());
  });

  it('Tết 2027 at +80 h: worth trying, not overdue, due after the holidays', () => {
    const student = smsAt('2027-02-04T16:00');
    const entry = boardEntry(student, plus('2027-02-04T16:00', 80));
    expect(entry).toMatchObject({ overdue: false, passwordPhase: 'forgot-worth-trying' });
    expect(entry.nextStep).toContain('hạn chính thức 16/02/2027');
  });
});
