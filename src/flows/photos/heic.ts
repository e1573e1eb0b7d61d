/**
 * iPhone photos (HEIC) turned into JPEG, the format the VssID form takes. The converter carries
 * libheif as WebAssembly (2 MB): imported only when a folder holds a HEIC photo.
 */

/** Quality 0.9: a card's small print stays sharp; a 12 MP photo comes out at 2–4 MB, under the 10 MB limit. */
const QUALITY = 0.9;

export async function heicToJpeg(heic: Uint8Array): Promise<Uint8Array> {
  const { default: convert } = await import('heic-convert');
  return convert({ buffer: heic, format: 'JPEG', quality: QUALITY });
}
