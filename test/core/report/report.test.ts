import { describe, expect, it } from 'vitest';
import type { ClassProfile, StudentRecord } from '../../../src/core/record.js';
import { buildReportModel, escapeHtml, progressByDay, renderReport } from '../../../src/core/report/index.js';
import { record, vn } from '../tracking/helpers.js';

const now = vn('2026-03-09T10:00'); // a Monday
const profile: ClassProfile = {
  className: '12A1',
  receivingAgency: 'BHXH cơ sở Bến Thành',
  supportEmail: 'hotro@truong.edu.vn',
  submissionMethod: 'reception',
  extraDaysOff: [],
  removedDaysOff: [],
  extraWards: [],
};

const records: StudentRecord[] = [
  record('d1', 'Đặng Thị Bích', 'done', [['submitted', '2026-03-02T09:00'], ['file-number', '2026-03-02T09:01', '1'], ['password', '2026-03-03T09:00'], ['done', '2026-03-03T10:00']]),
  // SMS Mon 02/03 → due Thu 05/03: overdue.
  record('o1', 'Trần Văn Cường', 'file-number', [['submitted', '2026-03-02T09:00'], ['file-number', '2026-03-02T09:01', '2']]),
  record('o2', 'Lê Thị Hoa', 'submitted', [['submitted', '2026-03-09T09:00']]),
  record('dr1', '<script>alert(1)</script>', 'draft'),
  record('dr2', '</style><b>x</b>', 'draft'),
  record('r1', 'Phạm Minh', 'ready', [['ready', '2026-03-08T20:00']]),
  record('w1', 'Bùi Tú', 'submitted', [['submitted', '2026-03-09T09:50']]),
];

const model = () => buildReportModel({ records, profile, now, masked: true });

describe('escapeHtml', () => {
  it('turns every markup character into text', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('buildReportModel', () => {
  it('counts every state from the board, overdue ones apart', () => {
    const { totals, overdue } = model();
    expect(Object.fromEntries(totals.map((t) => [t.state, [t.count, t.overdue]]))).toEqual({
      draft: [2, 0], ready: [1, 0], submitted: [2, 0], 'file-number': [1, 1], password: [0, 0], done: [1, 0],
    });
    // Submitted an hour ago without a file number is a question for the monitor, not overdue.
    expect(overdue).toBe(1);
  });

  it('lists those needing action, overdue first, with the troubleshooting row and due date', () => {
    const { actions } = model();
    expect(actions.map((s) => s.entry.id)[0]).toBe('o1');
    expect(actions.map((s) => s.entry.id)).toContain('o2');
    const o1 = actions.find((s) => s.entry.id === 'o1')!;
    expect(o1.entry.dueDate).toBe('2026-03-05');
    expect(o1.troubleshoot).toEqual({ number: 5, situation: expect.stringContaining('mật khẩu'), solution: expect.stringContaining('Quên mật khẩu') });
    // The next step in a teacher's words, from the board's rule: no command, no event name.
    expect(o1.step).toBe('Quá hạn nhận mật khẩu (hạn 05/03/2026): dùng «Quên mật khẩu» để được gửi mật khẩu khác.');
    expect(actions.find((s) => s.entry.id === 'o2')?.troubleshoot?.number).toBe(2);
    // Waiting a few minutes for an SMS, or done: nothing to do.
    expect(actions.map((s) => s.entry.id)).not.toContain('w1');
    expect(actions.map((s) => s.entry.id)).not.toContain('d1');
  });

  it('the class table is in Vietnamese alphabetical order', () => {
    const names = model().students.map((s) => s.entry.name).filter((n) => !n.startsWith('<'));
    expect(names).toEqual(['Bùi Tú', 'Đặng Thị Bích', 'Lê Thị Hoa', 'Phạm Minh', 'Trần Văn Cường']);
  });

  it('progress: students reaching each step per Vietnam day, each once', () => {
    const late = record('x', 'Muộn', 'submitted', [['submitted', '2026-03-02T23:30'], ['reopened', '2026-03-02T23:40'], ['submitted', '2026-03-02T23:50']]);
    const days = progressByDay([...records, late]);
    expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-08', '2026-03-09']);
    expect(days[0]?.reached).toEqual({ ready: 0, submitted: 3, 'file-number': 2, password: 0, done: 0 });
    expect(days[3]?.reached.submitted).toBe(2);
  });

  it('progress counts a student recorded as having had an account as done that day: the columns add up to the totals', () => {
    const before = record('a1', 'Có Sẵn', 'done', [['already-registered', '2026-03-03T08:00']]);
    const days = progressByDay([...records, before]);
    expect(days.find((d) => d.date === '2026-03-03')?.reached.done).toBe(2);
    const done = days.reduce((n, d) => n + d.reached.done, 0);
    expect(done).toBe([...records, before].filter((r) => r.state === 'done').length);
  });
});

describe('renderReport', () => {
  const html = renderReport(model());

  it('is one Vietnamese page that loads nothing', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('Báo cáo đăng ký VssID — lớp 12A1');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|\bsrc=|\bhref=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/url\(([^)]*)\)/g)?.every((u) => u.startsWith('url(#pat-'))).toBe(true);
  });

  it('shows hostile names as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;b&gt;x&lt;/b&gt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('has the print and phone rules: A4, repeated headers, rows kept whole, cards on a phone', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/tr, [^{]*\{ break-inside: avoid; \}/);
    expect(html).toContain('@media screen and (max-width: 640px)');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('marks overdue students in words (readable in black and white), with the due date', () => {
    const row = html.split('\n').find((line) => line.includes('data-id="o1"') && line.includes('QUÁ HẠN'));
    expect(row).toContain('05/03/2026');
    expect(html).toContain('Hướng dẫn, mục «Không nhận được mật khẩu»: Trong vòng 72 giờ');
  });

  it('speaks to a teacher: the one-line summary at the top, no command and no event name anywhere', () => {
    expect(html).toMatch(/<p class="summary" id="summary">[^<]*đã xong[^<]*<\/p>/);
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="totals"'));
    expect(html).not.toMatch(/vssid-helper (status|register|troubleshoot|remind|report)\b/);
    expect(html).not.toMatch(/--[a-z]/);
    expect(html).not.toMatch(/«(submitted|password|done|file-number|reopened|ready)»/);
  });

  it('says whether numbers are masked', () => {
    expect(html).toContain('đã được che');
    expect(renderReport(buildReportModel({ records, profile, now, masked: false }))).toContain('chỉ gửi cho người cần');
  });

  it('the chart: a pattern and a label and a number per state', () => {
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    for (const state of ['draft', 'ready', 'submitted', 'file-number', 'password', 'done']) {
      expect(svg).toContain(`<pattern id="pat-${state}"`);
      expect(svg).toContain(`fill="url(#pat-${state})"`);
    }
    expect(svg).toContain('>Đã ghi nhận</text>');
    expect(svg).toContain('>1 (1 quá hạn)</text>');
  });

  it('names the classes and adds a class column when several are merged', () => {
    const merged = [...records, { ...record('z1', 'Ngô Quyền', 'ready', [['ready', '2026-03-08T20:00']]), className: '12A2' }];
    const page = renderReport(buildReportModel({ records: merged, profile, now, masked: true }));
    expect(page).toContain('Gồm các lớp: 12A1, 12A2');
    expect(page).toContain('<th>Lớp</th>');
    expect(page).toContain('<h1>Báo cáo đăng ký VssID</h1>');
  });
});
