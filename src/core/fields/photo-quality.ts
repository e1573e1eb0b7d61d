/** Whether a photo of an ID card can be read by a person at BHXH: its size in pixels and bytes. */
import { photoMessages as M } from './messages.js';
import type { ImageSize } from './photo-size.js';

/**
 * The shorter side's minimum. VssID publishes none; this is our judgement. The card is 54 mm high
 * (ISO/IEC 7810 ID-1, 85.6 × 54 mm): at 300 px that is about 5.5 px per mm, so its smallest
 * print (about 2 mm high: date of birth, place of origin) gets some 11 px, near the least at
 * which digits stay legible. Smaller than that is certainly unreadable, so it is refused; any
 * phone camera of the last decade takes 1,000 px or more.
 */
export const MIN_PHOTO_SIDE = 300;

/** Above this a photo is accepted with a warning: uploads from a phone are slow and may be refused. */
export const LARGE_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * The card's own ratio is 85.6 / 54 ≈ 1.59; phone photos of a card on a table are usually 4:3
 * (1.33), 3:2 (1.5) or 16:9 (1.78), in either orientation. Only ratios outside all of those warn:
 * a nearly square crop, or something as long as a phone screenshot (19.5:9 ≈ 2.17) or a panorama.
 */
export const ASPECT_RANGE = { min: 1.15, max: 2.1 } as const;

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

export interface PhotoQuality {
  /** Why the photo is refused (too small to read), if it is. */
  error?: string;
  warnings: string[];
}

/** `size` undefined: the header held no readable size (damaged or cut short), which only warns. */
export function photoQuality(shown: string, size: ImageSize | undefined, bytes: number): PhotoQuality {
  const warnings: string[] = [];
  if (bytes > LARGE_PHOTO_BYTES) warnings.push(M.largeFile(shown, mb(bytes)));
  if (size === undefined) return { warnings: [M.noSize(shown), ...warnings] };
  const short = Math.min(size.width, size.height);
  const long = Math.max(size.width, size.height);
  if (short < MIN_PHOTO_SIDE) return { error: M.tooSmall(shown, size.width, size.height, MIN_PHOTO_SIDE), warnings };
  // Rotated or not (EXIF orientation included), the longer side over the shorter one.
  const ratio = long / short;
  if (ratio < ASPECT_RANGE.min || ratio > ASPECT_RANGE.max) warnings.push(M.oddAspect(shown, size.width, size.height));
  return { warnings };
}
