/** The interactive select's follow-up: which saved student the chosen row is about, if any. */
import { displayName, type StudentRecord } from '../../core/record.js';
import { foldForSearch } from '../../core/text.js';
import { STATE_LABELS } from '../../core/tracking/index.js';
import { T } from './messages.js';

export async function chooseStudent(records: readonly StudentRecord[]): Promise<StudentRecord | undefined> {
  const { prompter } = await import('../../ui/prompter.js');
  const choices = records.map((record) => ({
    name: `${record.id}  ${displayName(record.fields)} — ${STATE_LABELS[record.state]}`,
    value: record as StudentRecord | undefined,
    key: foldForSearch(`${record.id} ${record.fields.name ?? ''} ${record.fields.bhxhCode ?? ''}`),
  }));
  const none = { name: T.noStudent, value: undefined };
  return prompter.search<StudentRecord | undefined>({
    message: T.chooseStudent,
    source: (term) => {
      const wanted = foldForSearch(term ?? '');
      const matching = wanted === '' ? choices : choices.filter((c) => c.key.includes(wanted));
      const students = matching.map(({ name, value }) => ({ name, value }));
      // Typing a name means a student: "none" then goes last, so Enter takes the first match.
      return wanted === '' ? [none, ...students] : [...students, none];
    },
  });
}
