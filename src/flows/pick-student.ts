/** The searchable student list of every picker: type part of a name, id or BHXH code (no diacritics needed). */
import { displayName, type StudentRecord } from '../core/record.js';
import { nameWithTag, namesakeTags } from '../core/namesakes.js';
import { foldForSearch } from '../core/text.js';
import { STATE_LABELS } from '../core/tracking/messages.js';
import type { Choice } from '../ui/prompter.js';

export async function pickStudent<T extends StudentRecord | undefined>(
  message: string,
  records: readonly StudentRecord[],
  none?: { name: string; value: T },
): Promise<T> {
  const { prompter } = await import('../ui/prompter.js');
  const tags = namesakeTags(records);
  const choices = records.map((record) => ({
    name: `${record.id}  ${nameWithTag(displayName(record.fields), tags.get(record.id))} — ${STATE_LABELS[record.state]}`,
    value: record as T,
    key: foldForSearch(`${record.id} ${record.fields.name ?? ''} ${record.fields.bhxhCode ?? ''}`),
  }));
  return prompter.search<T>({
    message,
    source: (term) => {
      const wanted = foldForSearch(term ?? '');
      const matching = wanted === '' ? choices : choices.filter((c) => c.key.includes(wanted));
      const students: Choice<T>[] = matching.map(({ name, value }) => ({ name, value }));
      if (none === undefined) return students;
      // Typing a name means a student: "none" then goes last, so Enter takes the first match.
      return wanted === '' ? [none, ...students] : [...students, none];
    },
  });
}
