// The small JSON API the screens call for devices: joining, names, staff codes, kiosk pairing
// and the admin's tools. The device's cookie goes with every call; the screens never see it.
// A refusal arrives as the server's sentence by its key (board/wire.ts), said in the screen's
// language.
import {
  type DeviceListing,
  english,
  type ListedDevice,
  type NameDisplay,
  type OwnDevice,
  type Pairing,
  type PersonListing,
  refusalSentence,
  type Sentence,
  type SessionDevice,
} from '../board/index.ts';
import { say } from './i18n/say.ts';
import { learnRoughServerTime } from './server-clock.ts';

/** The server said no (or could not be reached), with the sentence meant for the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly sentence: Sentence,
  ) {
    super(english(sentence));
    this.name = 'ApiError';
  }
}

const OFFLINE: Sentence = { key: 'offline' };
const BUSY: Sentence = { key: 'busy' };
const ODD: Sentence = { key: 'serverTryAgain' };

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
  learnRoughServerTime(response.headers.get('date'));
  const answer = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return (answer ?? {}) as T;
  const sentence = refusalSentence(answer);
  throw new ApiError(response.status, sentence ?? (response.status === 429 ? BUSY : ODD));
}

/** The sentence to show for anything a call threw, in the screen's language. */
export function sentenceFor(error: unknown): string {
  return say(error instanceof ApiError ? error.sentence : ODD);
}

export type { DeviceListing, ListedDevice, PersonListing };

type DeviceAnswer = { device: SessionDevice };

export const api = {
  join: (token: string) => call<DeviceAnswer>('POST', '/api/join', { token }),
  redeemAdminInvite: (token: string) => call<DeviceAnswer>('POST', '/api/admin-invite', { token }),
  setProfile: (name: string, nameDisplay: NameDisplay) =>
    call<DeviceAnswer>('POST', '/api/me', { name, nameDisplay }),
  becomeStaff: (code: string) => call<DeviceAnswer>('POST', '/api/staff', { code }),
  startPairing: () => call<Pairing>('POST', '/api/pairing'),
  devices: () => call<{ devices: ListedDevice[] }>('GET', '/api/devices'),
  /** This person's own devices, for "What the board holds about me". */
  myDevices: () => call<{ devices: OwnDevice[] }>('GET', '/api/me/devices'),
  revoke: (id: string) =>
    call<{ device: DeviceListing }>('POST', `/api/devices/${encodeURIComponent(id)}/revoke`),
  pairKiosk: (code: string) =>
    call<{ device: DeviceListing }>('POST', '/api/kiosks/pair', { code }),
  newStaffCode: () => call<{ code: string }>('POST', '/api/staff-code'),
  reloadKiosks: () => call<unknown>('POST', '/api/kiosks/reload'),
  leave: () => call<{ left: true }>('POST', '/api/me/leave'),
  markLeft: (personId: string) =>
    call<{ left: true }>('POST', `/api/people/${encodeURIComponent(personId)}/leave`),
  forget: (personId: string) =>
    call<{ forgotten: true }>('POST', `/api/people/${encodeURIComponent(personId)}/forget`),
  leftPeople: () =>
    call<{ left: Array<{ personId: string; leftAt: number; forgetAt: number }> }>(
      'GET',
      '/api/people/left',
    ),
  moveCode: () => call<{ code: string; expiresAt: number }>('POST', '/api/move-code'),
  moveHere: (code: string) => call<DeviceAnswer>('POST', '/api/move', { code }),
  letGoOfMine: (id: string) =>
    call<{ device: DeviceListing }>('POST', `/api/me/devices/${encodeURIComponent(id)}/revoke`),
  people: () => call<{ people: PersonListing[] }>('GET', '/api/people'),
  mergePeople: (from: string, into: string) =>
    call<{ into: string }>('POST', '/api/people/merge', { from, into }),
  calendarLink: () => call<{ url: string }>('GET', '/api/calendar-link'),
  newCalendarLink: () => call<{ url: string }>('POST', '/api/calendar-link'),
};
