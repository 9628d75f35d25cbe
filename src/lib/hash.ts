import { createHash } from 'node:crypto';

/** Hex sha256 of a file's bytes: tells a changed source from an unchanged one. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
