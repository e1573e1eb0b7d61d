/**
 * Phường/Xã as the app asks it: a searchable list of the province's wards today (Resolution
 * 202/2025/QH15), where a former ward is found too and shown with what it became; a ward the list
 * lacks can still be kept, with a warning (lists change by resolution).
 */
import {
  formerArrow,
  loadWardList,
  wardMessages as W,
  type FormerWardMatch,
  type WardList,
} from '../../core/address/index.js';
import { checkField, FIELD_LABELS } from '../../core/fields/index.js';
import { normalizeText } from '../../core/text.js';
import type { Choice } from '../../ui/prompter.js';
import { wrap } from '../../ui/wrap.js';
import type { AskContext } from './context.js';

type Picked = { kind: 'current'; name: string } | ({ kind: 'former' } & FormerWardMatch) | { kind: 'keep'; name: string };

/** The choices for what was typed: the list's matches, then "keep what I typed" when nothing is exact. */
export function wardChoices(list: WardList, province: string, term: string): Choice<Picked>[] {
  const typed = normalizeText(term);
  const choices: Choice<Picked>[] = list.search(province, typed).map((option) =>
    option.kind === 'current'
      ? { name: option.name, value: option }
      : { name: formerArrow(option), value: option },
  );
  if (typed === '') return choices;
  const resolved = list.resolve(province, typed);
  if (choices.length === 0) choices.push({ name: W.noMatch(typed), value: { kind: 'keep', name: '' }, disabled: true });
  if (resolved.kind !== 'current') choices.push({ name: W.keep(typed), value: { kind: 'keep', name: typed } });
  return choices;
}

/**
 * Asks until a ward is chosen and returns it; undefined when the province has no list (a province
 * not given), for the caller to ask as text. A former ward's district goes with it.
 */
export async function askWard(ctx: AskContext): Promise<{ ward: string; clearDistrict: boolean } | undefined> {
  const { prompter, output, session } = ctx;
  const province = session.fields.province;
  if (province === undefined) return undefined;
  const list = await (ctx.wardList ?? loadWardList)();
  if (!list.has(province)) return undefined;
  // Asked again for a saved ward (a roster's former one): its match comes first, so Enter takes it.
  const saved = session.fields.ward?.trim();
  const source = (term: string): Choice<Picked>[] => {
    if (term.trim() !== '' || !saved) return wardChoices(list, province, term);
    const first = wardChoices(list, province, saved).filter((choice) => !choice.disabled);
    const names = new Set(first.map((choice) => choice.name));
    return [...first, ...wardChoices(list, province, '').filter((choice) => !names.has(choice.name))];
  };
  for (;;) {
    const picked = await prompter.search({ message: `${FIELD_LABELS.ward} * (${W.search})`, source });
    // Today's list has no districts: a district typed before no longer belongs to the address.
    if (picked.kind === 'current') return { ward: picked.name, clearDistrict: true };
    if (picked.kind === 'former') {
      const name = picked.becameParts.length === 1
        ? (picked.becameParts[0] as string)
        : await prompter.select({ message: W.whichPart(picked), choices: picked.becameParts.map((p) => ({ name: p, value: p })) });
      output.info(wrap(W.chosenFormer(picked, name), output.width, '  '));
      return { ward: name, clearDistrict: true };
    }
    const checked = checkField('ward', picked.name);
    if (!checked.ok) {
      output.error(checked.message);
      continue;
    }
    output.warn(wrap(W.keptUnknown(checked.value as string), output.width - 2));
    return { ward: checked.value as string, clearDistrict: false };
  }
}
