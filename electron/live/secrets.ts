import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/host/liveSchemas';

/** A fresh join code from cryptographic randomness; `random` is injectable for tests. */
export function generateJoinCode(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(JOIN_CODE_LENGTH);
  let code = '';
  // The alphabet has 32 symbols: the low five bits of a byte pick one without bias.
  for (const byte of bytes) code += JOIN_CODE_ALPHABET[byte & 31];
  return code;
}

/** A long random secret, safe to put in a URL or a JSON token. */
export function generateSecret(random: (size: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(24)).toString('base64url');
}

/** Compares secrets in time that does not depend on where they differ. */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
