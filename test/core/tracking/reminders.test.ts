import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../../src/core/record.js';
import { applyEvent, buildBoard, classSummary, planReminders, remindedAgo, remindedRecently } from '../../../src/core/tracking/index.js';
import { renderReminderPage } from '../../../src/core/remind/page.js';
import { record, vn } from './helpers.js';

const now = vn('2026-03-09T10:00');
const class3: StudentRecord[] = [
  record('o1', 'Trần Văn Cường', 'file-number', [['submitted', '2026-03-02T09:00'], ['file-number', '2026-03-02T09:01', '2']]),
  record('p1', 'Vũ Lan', 'password', [['submitted', '2026-03-08T09:00'], ['password', '2026-03-09T08:00']]),
  record('d1', 'Lê Thị Hoa', 'draft'),
  record('r1', 'Phạm Minh', 'ready', [['ready', '2026-03-08T20:00']]),
  record('w1', 'Bùi Tú', 'submitted', [['submitted', '2026-03-09T09:50']]),
];
const remind = (r: StudentRecord, at: Date) => applyEvent(r, { type: 'reminded', at: at.toISOString() }, at, () => true);

describe('planReminders', () => {
  it('groups the classmates who must act, most urgent first; the monitor\'s turn and the waits get nothing', () => {
    const plan = planReminders(buildBoard(class3, now), class3, now);
    expect(plan.groups.map((g) => [g.kind, g.reminders.map((r) => r.id)])).toEqual([
      ['password-overdue', ['o1']],
      ['complete', ['d1']],
      ['log-in', ['p1']],
    ]);
    expect(plan.groups[0]?.reminders[0]).toMatchObject({ name: 'Trần Văn Cường', phone: '0912345678' });
  });

  it('tells namesakes apart for the monitor, never in the message itself', () => {
    const twin = (id: string, bhxhCode: string, idNumber: string) => {
      const r = record(id, 'Lê Thị Hoa', 'draft');
      return { ...r, fields: { ...r.fields, bhxhCode, idNumber } };
    };
    const twins = [twin('h1', '7931234567', '079304001234'), twin('h2', '7931239999', '079305001235'), record('m1', 'Phạm Minh', 'draft')];
    const reminders = planReminders(buildBoard(twins, now), twins, now).groups.flatMap((g) => g.reminders);
    expect(reminders.map((r) => [r.id, r.namesake])).toEqual([['h1', 'sinh 2004, BHXH …4567'], ['h2', 'sinh 2005, BHXH …9999'], ['m1', undefined]]);
    for (const r of reminders) expect(r.text).not.toMatch(/sinh 200|BHXH …/);
    // On the page the tag is kept on one line, beside the name, escaped.
    const page = renderReminderPage({ plan: planReminders(buildBoard(twins, now), twins, now), summaryLine: '', className: '12A1', now });
    expect(page).toContain('<span class="who">Lê Thị Hoa <span class="tag">(sinh 2004, BHXH …4567)</span></span>');
    expect(page).toContain('<span class="who">Phạm Minh</span>');
  });

  it('skips who was reminded today or within the hour, unless asked again', () => {
    const reminded = class3.map((r) => (r.id === 'o1' ? remind(r, vn('2026-03-09T08:00')) : r));
    const board = buildBoard(reminded, now);
    expect(board.entries.find((e) => e.id === 'o1')?.remindedAt).toBe(vn('2026-03-09T08:00').toISOString());
    const plan = planReminders(board, reminded, now);
    expect(plan.skipped.map((s) => s.id)).toEqual(['o1']);
    expect(plan.groups.flatMap((g) => g.reminders.map((r) => r.id))).not.toContain('o1');
    expect(planReminders(board, reminded, now, { again: true }).groups[0]?.reminders[0]?.id).toBe('o1');
  });

  it('the quiet time: the same Vietnam day, or less than an hour across midnight', () => {
    expect(remindedRecently(vn('2026-03-09T00:05').toISOString(), vn('2026-03-09T23:50'))).toBe(true);
    expect(remindedRecently(vn('2026-03-08T23:30').toISOString(), vn('2026-03-09T00:10'))).toBe(true);
    expect(remindedRecently(vn('2026-03-08T21:00').toISOString(), vn('2026-03-09T07:00'))).toBe(false);
    expect(remindedRecently(undefined, now)).toBe(false);
  });

  it('a reminder before the student moved on is about another step: it does not count', () => {
    const early = remind(record('p2', 'Vũ Lan', 'file-number', [['submitted', '2026-03-08T09:00'], ['file-number', '2026-03-08T09:01', '5']]), vn('2026-03-09T08:00'));
    const moved = applyEvent(early, { type: 'password', at: vn('2026-03-09T09:00').toISOString() }, now, () => true);
    expect(buildBoard([moved], now).entries[0]?.remindedAt).toBeUndefined();
    expect(planReminders(buildBoard([moved], now), [moved], now).groups[0]?.kind).toBe('log-in');
  });

  it('says when, as people do: minutes, hours, yesterday, days', () => {
    expect(remindedAgo(vn('2026-03-09T09:58').toISOString(), now)).toBe('đã nhắc 2 phút trước');
    expect(remindedAgo(vn('2026-03-09T07:00').toISOString(), now)).toBe('đã nhắc 3 giờ trước');
    expect(remindedAgo(vn('2026-03-08T23:00').toISOString(), now)).toBe('đã nhắc hôm qua');
    expect(remindedAgo(vn('2026-03-07T11:00').toISOString(), now)).toBe('đã nhắc 2 ngày trước');
  });
});

describe('classSummary', () => {
  it('one line for the class chat, the done count always, other parts when someone is in them', () => {
    const summary = classSummary(buildBoard(class3, now), '23CTT2');
    expect(summary.line).toBe('Lớp 23CTT2: 0/5 đã xong · 1 quá hạn · 1 chưa gửi thông tin · 1 cần đăng nhập · 1 chờ số hồ sơ · 1 chờ lớp trưởng nhập');
    expect(summary.parts.find((p) => p.key === 'overdue')?.mustAct).toEqual(['Trần Văn Cường']);
    expect(summary.parts.find((p) => p.key === 'awaitFileNumber')?.mustAct).toEqual([]);
    expect(classSummary(buildBoard([], now), '').line).toBe('Cả lớp: chưa có ai');
  });
});
