// The device cookie: httpOnly so scripts never see the token, SameSite=Strict so no other site
// can use it, Secure when the house reaches the server over HTTPS.
import type http from 'node:http';
import { parse, serialize } from 'cookie';

export const DEVICE_COOKIE = 'hb_device';
const TEN_YEARS_S = 10 * 365 * 86_400;

export function deviceToken(request: http.IncomingMessage): string | undefined {
  const header = request.headers.cookie;
  if (!header || header.length > 8192) return undefined;
  return parse(header)[DEVICE_COOKIE];
}

export function deviceCookie(token: string, secure: boolean): string {
  return serialize(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: TEN_YEARS_S,
  });
}
