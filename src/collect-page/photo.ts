/// <reference lib="dom" />
/**
 * A photo from the camera or the gallery, drawn into a canvas no larger than PHOTO_SIDE and saved
 * as JPEG: a sensible size for BHXH to read and for a hotspot to carry, and an iPhone's HEIC
 * (which Safari can draw) arrives as JPEG.
 */
import { photoQuality } from '../core/fields/photo-quality.js';

const PHOTO_SIDE = 1600;
const QUALITY = 0.85;

export interface ResizedPhoto {
  bytes: Uint8Array;
  url: string;
  error?: string;
  warnings: string[];
}

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(file);
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('decode'));
    };
    image.src = url;
  });
}

/** Undefined when the browser cannot draw the file (not an image, or HEIC outside Safari). */
export async function resizePhoto(file: Blob, label: string): Promise<ResizedPhoto | undefined> {
  let image: HTMLImageElement;
  try {
    image = await loadImage(file);
  } catch {
    return undefined;
  }
  const scale = Math.min(1, PHOTO_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  if (blob === null) return undefined;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  // The CLI's rule on the picture as it will be sent.
  const quality = photoQuality(label, { width: canvas.width, height: canvas.height }, bytes.length);
  return { bytes, url: URL.createObjectURL(blob), error: quality.error, warnings: quality.warnings };
}
