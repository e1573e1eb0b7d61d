import { randomInt } from 'node:crypto';

/** No 0/o, 1/i/l: the id is read aloud and typed from a phone screen. */
export const ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const ID_LENGTH = 6;
export const ID_PATTERN = new RegExp(`^[${ID_ALPHABET}]{${ID_LENGTH}}$`);

export function newId(isTaken: (id: string) => boolean, random: (max: number) => number = randomInt): string {
  // 31^6 ≈ 8.9e8 ids, so a retry is rare even with tens of thousands of records.
  for (let attempt = 0; attempt < 1000; attempt++) {
    let id = '';
    for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[random(ID_ALPHABET.length)];
    if (!isTaken(id)) return id;
  }
  throw new Error('Could not find a free record id after 1000 attempts');
}
