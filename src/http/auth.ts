import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.ts';

/**
 * Checks an Authorization header against the server's token; no token configured means the guarded
 * routes are open (the server refuses to listen beyond loopback without one).
 */
export function checkToken(token: string | null, authorization: string | undefined): void {
  if (token === null) return;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) {
    throw new AppError(
      'unauthorized',
      'this action needs the header "Authorization: Bearer <ARMSWATCH_TOKEN>"',
    );
  }
  if (!sameSecret(match[1]!, token))
    throw new AppError('unauthorized', 'the bearer token is not the right one');
}

// Digests first, so the comparison takes the same time whatever the lengths.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
