// The small JSON API the screens call for devices: joining, names, staff codes, kiosk pairing
// and the admin's tools. The device's cookie goes with every call; the screens never see it.
// A refusal arrives as the server's own sentence, ready to show the person.
import { type NameDisplay, type Role, sentence } from '../board/index.ts';
import { localSentence } from './i18n/sentences.ts';
import type { Device, Pairing } from './session.ts';

/** The server said no, in words meant for the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const OFFLINE = sentence('offline');
const BUSY = sentence('busy');
const ODD = sentence('serverTryAgain');

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, OFFLINE);
  }
  const answer = (await response.json().catch(() => undefined)) as
    | (T & { error?: unknown })
    | undefined;
  if (response.ok) return (answer ?? {}) as T;
  const sentence = typeof answer?.error === 'string' && answer.error ? answer.error : undefined;
  throw new ApiError(response.status, sentence ?? (response.status === 429 ? BUSY : ODD));
}

/** The sentence to show for anything a call threw, in the screen's language. */
export function sentenceFor(error: unknown): string {
  return localSentence(error instanceof ApiError ? error.message : ODD);
}

export interface DeviceListing {
  id: string;
  role: Role;
  name?: string;
  nameDisplay: NameDisplay;
  createdAt: number;
  lastSeenAt: number;
  revokedAt?: number;
}

type DeviceAnswer = { device: Device };

export const api = {
  join: (token: string) => call<DeviceAnswer>('POST', '/api/join', { token }),
  redeemAdminInvite: (token: string) => call<DeviceAnswer>('POST', '/api/admin-invite', { token }),
  setProfile: (name: string, nameDisplay: NameDisplay) =>
    call<DeviceAnswer>('POST', '/api/me', { name, nameDisplay }),
  becomeStaff: (code: string) => call<DeviceAnswer>('POST', '/api/staff', { code }),
  startPairing: () => call<Pairing>('POST', '/api/pairing'),
  devices: () => call<{ devices: DeviceListing[] }>('GET', '/api/devices'),
  revoke: (id: string) =>
    call<{ device: DeviceListing }>('POST', `/api/devices/${encodeURIComponent(id)}/revoke`),
  pairKiosk: (code: string) =>
    call<{ device: DeviceListing }>('POST', '/api/kiosks/pair', { code }),
  newStaffCode: () => call<{ code: string }>('POST', '/api/staff-code'),
  reloadKiosks: () => call<unknown>('POST', '/api/kiosks/reload'),
};

/** "ABCD-EF23": a code as people read it off a wall or a phone. */
export function formatCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.length > 4 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
