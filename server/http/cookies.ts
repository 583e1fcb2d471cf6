// The device cookie: httpOnly so scripts never see the token, SameSite=Strict so no other site
// can use it, Secure when the house reaches the server over HTTPS. Over HTTPS it is named with
// the __Host- prefix, so no other host (a neighbouring subdomain) and no plain-http page can
// set or replace it; a device that joined before keeps its old cookie, read as a fallback.
import type http from 'node:http';
import { parse, serialize } from 'cookie';

export const DEVICE_COOKIE = 'hb_device';
export const SECURE_DEVICE_COOKIE = `__Host-${DEVICE_COOKIE}`;
const TEN_YEARS_S = 10 * 365 * 86_400;

export function deviceToken(request: http.IncomingMessage): string | undefined {
  const header = request.headers.cookie;
  if (!header || header.length > 8192) return undefined;
  const cookies = parse(header);
  return cookies[SECURE_DEVICE_COOKIE] ?? cookies[DEVICE_COOKIE];
}

export function deviceCookie(token: string, secure: boolean): string {
  // __Host- needs Secure, Path=/ and no Domain, which is what this cookie is anyway.
  return serialize(secure ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: TEN_YEARS_S,
  });
}
