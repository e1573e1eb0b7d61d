/**
 * iPhone photos (HEIC) turned into JPEG, the format the VssID form takes. The converter carries
 * libheif as WebAssembly (2 MB): imported only when a folder holds a HEIC photo.
 */

/** A card's small print stays sharp at 0.9; a 12 MP photo of a card comes out at a few MB. */
const QUALITY = 0.9;
/** For a photo that 0.9 makes larger than `maxBytes` (a 24 MP or very grainy one): converted once more. */
const SMALLER_QUALITY = 0.7;

export async function heicToJpeg(heic: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const { default: convert } = await import('heic-convert');
  const jpeg = await convert({ buffer: heic, format: 'JPEG', quality: QUALITY });
  return jpeg.length <= maxBytes ? jpeg : convert({ buffer: heic, format: 'JPEG', quality: SMALLER_QUALITY });
}
