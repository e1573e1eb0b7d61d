import { describe, expect, it } from 'vitest';
import { EXISTING_ACCOUNT } from '../../../src/core/content/index.js';
import { registerMessages as M } from '../../../src/flows/register/messages.js';
import { runWizard } from '../../../src/flows/register/wizard.js';
import { harness, INTERRUPT, onDisk, tempDir } from './helpers.js';

describe('the first question: does the student already have a VssID account?', () => {
  it('an existing account: shows the login and password recovery, then records the student as done without the form', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.accountExists }, true, 'Trần Thị Bình', '7931234568']);
    expect(await runWizard(h.ctx, { fresh: true })).toBe(false);
    expect(h.prompter.remaining).toBe(0);
    expect(h.prompter.messages).toEqual([M.accountQuestion, M.accountRecord, 'Họ và tên *', 'Mã số BHXH *']);
    const text = h.output.text.replace(/\s+/g, ' ');
    expect(text).toContain('tên đăng nhập là mã số BHXH');
    expect(text).toContain('“Quên mật khẩu”');
    expect(text).toContain('qua e-mail đã đăng ký');
    expect(text).toContain('VNeID mức 2');
    expect(text).toContain('Cập nhật 2026:');
    const record = onDisk(home);
    expect(record).toMatchObject({ state: 'done', fields: { name: 'Trần Thị Bình', bhxhCode: '7931234568' } });
    expect(record?.events.map((e) => e.type)).toEqual(['already-registered']);
    expect(text).toContain(M.accountRecorded('Trần Thị Bình', record?.id ?? ''));
  });

  it('an existing account not recorded: nothing is saved', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.accountExists }, false]);
    expect(await runWizard(h.ctx, { fresh: true })).toBe(false);
    expect(onDisk(home)).toBeUndefined();
    expect(h.output.text).toContain(M.accountNotRecorded);
  });

  it('not sure: says how to find out, then asks again', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.accountUnsure }, { choose: M.accountNew }, false]);
    expect(await runWizard(h.ctx, { fresh: true })).toBe(false);
    expect(h.prompter.messages).toEqual([M.accountQuestion, M.accountQuestion, M.ready]);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain(EXISTING_ACCOUNT.unsure[0]);
  });

  it('a resumed draft is not asked again', async () => {
    const home = tempDir();
    const seed = harness(home, []);
    const draft = seed.store.save(seed.store.create({ name: 'Nguyễn Văn An' }));
    const again = harness(home, [INTERRUPT], { record: draft, store: seed.store });
    await expect(runWizard(again.ctx, { fresh: false })).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(again.prompter.messages).toEqual(['Mã số BHXH *']);
  });
});
