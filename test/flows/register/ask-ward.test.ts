import { describe, expect, it } from 'vitest';
import { loadWardList, wardMessages as W } from '../../../src/core/address/index.js';
import { askQuestion } from '../../../src/flows/register/ask.js';
import { wardChoices } from '../../../src/flows/register/ask-ward.js';
import { questionFor, type Question } from '../../../src/flows/register/questions.js';
import { harness, tempDir } from './helpers.js';

const HCM = 'Thành phố Hồ Chí Minh';
const HN = 'Thành phố Hà Nội';
const ward = questionFor('ward') as Question;
const list = await loadWardList();

function inProvince(province: string, district = '') {
  const home = tempDir();
  return (script: Parameters<typeof harness>[1]) => {
    const h = harness(home, script);
    h.session.fields = { province, district };
    return h;
  };
}

describe('Phường/Xã: a searchable list of the province’s wards', () => {
  it('"sai gon" picks today’s ward', async () => {
    const h = inProvince(HCM)([{ search: 'sai gon' }]);
    await askQuestion(h.ctx, ward);
    expect(h.prompter.calls[0]?.offered?.[0]).toBe('Phường Sài Gòn');
    expect(h.session.fields.ward).toBe('Phường Sài Gòn');
  });

  it('a former ward is offered with what it became, and its former district is dropped', async () => {
    const h = inProvince(HCM, 'Quận 1')([{ search: 'ben nghe' }]);
    await askQuestion(h.ctx, ward);
    expect(h.prompter.calls[0]?.offered?.[0]).toBe('Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn');
    expect(h.session.fields).toMatchObject({ ward: 'Phường Sài Gòn', district: '' });
    expect(h.output.text).toContain('Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn');
  });

  it('"p1" lists each district’s former Phường 1', () => {
    const names = wardChoices(list, HCM, 'p1').map((c) => c.name);
    expect(names).toContain('Phường 1 (Quận 3, trước 1/7/2025) ⇒ Phường Bàn Cờ');
    expect(names).toContain('Phường 1 (Quận Gò Vấp, trước 1/7/2025) ⇒ Phường Hạnh Thông');
  });

  it('a former ward split into several: asks which', async () => {
    const pick = 'Phường Dịch Vọng (Quận Cầu Giấy, trước 1/7/2025) ⇒ Phường Cầu Giấy hoặc Phường Nghĩa Đô';
    const h = inProvince(HN)([{ search: 'dich vong', pick }, { choose: 'Phường Nghĩa Đô' }]);
    await askQuestion(h.ctx, ward);
    expect(h.prompter.calls[1]).toMatchObject({ kind: 'select', offered: ['Phường Cầu Giấy', 'Phường Nghĩa Đô'] });
    expect(h.session.fields.ward).toBe('Phường Nghĩa Đô');
  });

  it('a ward not in the list can be kept, with a warning', async () => {
    const h = inProvince(HCM)([{ search: 'Phường Mới Lập', pick: W.keep('Phường Mới Lập') }]);
    await askQuestion(h.ctx, ward);
    expect(h.session.fields.ward).toBe('Phường Mới Lập');
    expect(h.output.text.replace(/\s+/g, ' ')).toContain(W.keptUnknown('Phường Mới Lập'));
  });

  it('today’s exact ward offers no "keep" choice; an unknown one offers only that', () => {
    expect(wardChoices(list, HCM, 'Phường Sài Gòn').some((c) => c.name === W.keep('Phường Sài Gòn'))).toBe(false);
    const none = wardChoices(list, HCM, 'zzzz');
    expect(none.map((c) => c.name)).toEqual([W.noMatch('zzzz'), W.keep('zzzz')]);
    expect(none[0]?.disabled).toBe(true);
  });
});
