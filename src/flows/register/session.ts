import type { FieldKey, StudentFields, StudentRecord } from '../../core/record.js';
import { wrongPhones } from '../../core/tracking/history.js';
import type { Store } from '../../store/store.js';

/**
 * The draft being written. Every accepted answer is saved at once, so Ctrl+C or a closed
 * laptop loses nothing; the record (and its id) exists from the first saved answer.
 */
export class DraftSession {
  #record: StudentRecord | undefined;
  readonly #store: Store;
  readonly #now: () => Date;
  /** The BHYT card code typed for the BHXH code (not stored): its province suggests the agency. */
  cardCode: string | undefined;
  #fields: StudentFields;
  /** Fields given a new value here: a person typed them, so a re-import does not overwrite them. */
  readonly #typed = new Set<FieldKey>();

  constructor(store: Store, now: () => Date, record?: StudentRecord) {
    this.#store = store;
    this.#now = now;
    this.#record = record;
    this.#fields = { ...record?.fields };
  }

  get id(): string | undefined {
    return this.#record?.id;
  }

  get record(): StudentRecord | undefined {
    return this.#record;
  }

  get fields(): StudentFields {
    return this.#fields;
  }

  /** Every field given a new value here (an answer, a flag, a default the person accepted) counts as typed. */
  set fields(next: StudentFields) {
    for (const key of Object.keys(next) as FieldKey[]) if (next[key] !== this.#fields[key]) this.#typed.add(key);
    this.#fields = next;
  }

  set<K extends FieldKey>(key: K, value: StudentFields[K]): void {
    this.fields = { ...this.fields, [key]: value };
    this.save();
  }

  /** Saves the phone after it was typed twice and both matched. */
  confirmPhone(phone: string): void {
    this.#typed.add('phone');
    this.fields = { ...this.fields, phone };
    this.save((record) => ({ ...record, phoneConfirmed: phone }));
  }

  get phoneConfirmed(): boolean {
    return this.fields.phone !== undefined && this.#record?.phoneConfirmed === this.fields.phone;
  }

  /** Saves the fields, and `change` applied to the record (a state change), in one write. */
  save(change: (record: StudentRecord) => StudentRecord = (r) => r): StudentRecord {
    const fields = this.fields;
    const typed = Object.fromEntries([...this.#typed].map((key) => [key, 'wizard' as const]));
    const withSources = (record: StudentRecord): StudentRecord => ({ ...record, fields, sources: { ...record.sources, ...typed } });
    // The wizard owns the fields; events and state are taken from the file as it is now, so an
    // event recorded from another terminal meanwhile survives the next answer.
    this.#record = this.#record === undefined
      ? this.#store.save(change(withSources(this.#store.create({}, this.#now()))), this.#now())
      : this.#store.update(this.#record.id, (current) => change(withSources(current)), this.#now());
    return this.#record;
  }

  /** Phones this student registered by mistake (troubleshooting rows 2 and 3 recorded them). */
  knownWrongPhones(): string[] {
    return wrongPhones(this.#record);
  }

  /** The other saved students, for duplicate checks. */
  others(): StudentRecord[] {
    return this.#store.list().filter((r) => r.id !== this.#record?.id);
  }
}
