/** The interactive select's follow-up: which saved student the chosen row is about, if any. */
import type { StudentRecord } from '../../core/record.js';
import { pickStudent } from '../../flows/pick-student.js';
import { troubleshootMessages as T } from './messages.js';

export function chooseStudent(records: readonly StudentRecord[]): Promise<StudentRecord | undefined> {
  return pickStudent<StudentRecord | undefined>(T.chooseStudent, records, { name: T.noStudent, value: undefined });
}
