/** Issue 9: the receiving agency is chosen, never silently the guide's. */
import { describe, expect, it } from 'vitest';
import { agencyMessages as A } from '../../../src/core/fields/messages.js';
import { askAgency, needsAgencyQuestion } from '../../../src/flows/register/agency.js';
import { harness, onDisk, tempDir } from './helpers.js';

describe('askAgency', () => {
  it('first use: suggests the card’s BHXH first, the guide’s as pre-2025, and saves the choice for the class', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: 'BHXH Thành phố Hồ Chí Minh' }, true], { profile: { receivingAgency: '' } });
    h.session.set('province', 'Thành phố Hà Nội');
    h.session.cardCode = 'HS4740123456789';
    expect(needsAgencyQuestion(h.ctx)).toBe(true);
    await askAgency(h.ctx);
    const offered = h.prompter.calls[0]?.offered ?? [];
    expect(offered[0]).toBe(`BHXH Thành phố Hồ Chí Minh (${A.sources.card})`);
    expect(offered[1]).toBe(`BHXH Thành phố Hà Nội (${A.sources.province})`);
    expect(offered[2]).toContain('BHXH Quận 3, TP. Hồ Chí Minh (theo hướng dẫn gốc, trước 2025');
    expect(offered.at(-1)).toBe(A.other);
    // The card's province differs from the student's: said, not refused.
    expect(h.output.text.replace(/\s+/g, ' ')).toContain('thuộc Thành phố Hồ Chí Minh, còn địa chỉ của học sinh ở Thành phố Hà Nội');
    expect(onDisk(home)?.fields.receivingAgency).toBe('BHXH Thành phố Hồ Chí Minh');
    expect(h.store.getProfile().receivingAgency).toBe('BHXH Thành phố Hồ Chí Minh');
  });

  it('uses the class agency for every student without asking, whatever the province or the card', () => {
    const h = harness(tempDir(), [], { profile: { receivingAgency: 'BHXH TP. Hà Nội – BHXH cơ sở Đống Đa' } });
    h.session.set('province', 'Thành phố Hà Nội');
    expect(needsAgencyQuestion(h.ctx)).toBe(false);
    h.session.set('province', 'Gia Lai');
    expect(needsAgencyQuestion(h.ctx)).toBe(false);
    h.session.cardCode = 'SV4797931234567';
    expect(needsAgencyQuestion(h.ctx)).toBe(false);
    const none = harness(tempDir(), [], { profile: { receivingAgency: '' } });
    expect(needsAgencyQuestion(none.ctx)).toBe(true);
  });
});
