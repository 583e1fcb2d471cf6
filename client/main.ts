// Starts the phone app. A phone that opened the kiosk's QR code (/join#<token>) or an admin link
// (/admin#<token>) joins first and is asked its name; a joined phone opens the board; any other
// phone learns how to join. A phone that is let go wipes its copy and says so.
import { html, render } from 'lit';
import { api, sentenceFor } from '../ui/api.ts';
import { drawPlainCopy, loadHouseCode, openFromCopy } from '../ui/copy-first.ts';
import { reportUncaughtErrors } from '../ui/error-reports.ts';
import { registerServiceWorker } from './install/register.ts';
import './pages/join-page.ts';
import './phone/phone-app.ts';
import type { House } from '../ui/house.ts';
import type { HouseConnection } from '../ui/house-connection.ts';
import { followHouseLanguage, languageReady, setTitle, t, wordsFor } from '../ui/i18n/index.ts';
import { words } from '../ui/i18n/words/phone.ts';
import {
  askSession,
  type Device,
  remember,
  rememberedSession,
  type Session,
  startSession,
} from '../ui/session.ts';

type Invitation = { kind: 'join' | 'admin'; token: string };

const root = document.body;
let build = '';

/** The token a scanned code or admin link brought, taken out of the address at once. */
function takeInvitation(): Invitation | undefined {
  const kind = location.pathname.replace(/\/+$/, '');
  if (kind !== '/join' && kind !== '/admin') return undefined;
  const token = location.hash.slice(1).trim();
  // The token never stays in the address bar or the history, whatever happens next — and a
  // tab's name in the hash (#chores) is never mistaken for a token on the next reload.
  history.replaceState(null, '', '/');
  return token ? { kind: kind === '/join' ? 'join' : 'admin', token } : undefined;
}

function showNotJoined(reason?: string) {
  setTitle('app.name');
  render(html`<hb-join-page .reason=${reason} @device-moved=${moved}></hb-join-page>`, root);
}

/** A code from the old phone made this phone the same person: the board opens as them. */
async function moved(event: CustomEvent<Device>) {
  const device = event.detail.name ? event.detail : await askName(event.detail);
  keep(device);
  void openBoard(device);
}

function keep(device: Device) {
  remember({ joined: true, build, device });
}

/** Joins with the invitation; the device, or undefined when the page now says why not. */
async function accept(
  invitation: Invitation,
): Promise<{ device: Device; isNew: boolean } | undefined> {
  render(html`<hb-join-page mode="joining"></hb-join-page>`, root);
  if (invitation.kind === 'join') {
    // Scanning the kiosk's code again is how people open the board: a joined phone stays itself.
    const session = await askSession().catch(() => undefined);
    if (session?.joined) return { device: session.device, isNew: false };
  }
  try {
    const { device } =
      invitation.kind === 'join'
        ? await api.join(invitation.token)
        : await api.redeemAdminInvite(invitation.token);
    keep(device);
    return { device, isNew: true };
  } catch (error) {
    showNotJoined(sentenceFor(error));
    return undefined;
  }
}

/** Asks a phone that just joined its name; the prompt's code comes only to phones that join. */
async function askName(device: Device): Promise<Device> {
  await import('./pages/name-prompt.ts');
  return new Promise((resolve) => {
    const done = (named: Device) => resolve(named);
    render(
      html`<hb-name-prompt
        .device=${device}
        @device-changed=${(event: CustomEvent<Device>) => done(event.detail)}
        @profile-skipped=${() => done(device)}
      ></hb-name-prompt>`,
      root,
    );
  });
}

/**
 * The board: at once from the phone's plain copy when it has one (ui/plain-copy.ts: no Yjs yet,
 * not live, not touchable), then from its own copy in IndexedDB, then live (ui/copy-first.ts).
 */
async function openBoard(first: Device) {
  let device = first;
  /** The house the app shows: the plain copy's until the phone's own copy is read. */
  let shown: House | undefined;
  let live: HouseConnection | undefined;
  const draw = () => {
    render(
      html`<hb-phone-app
        ?inert=${shown !== live}
        .house=${shown}
        .device=${device}
        @device-changed=${(event: CustomEvent<Device>) => {
          const rightsChanged = event.detail.role !== device.role;
          device = event.detail;
          keep(device);
          void draw();
          // New rights take effect on a new connection.
          if (rightsChanged) live?.reconnect();
        }}
      ></hb-phone-app>`,
      root,
    );
    return root.querySelector('hb-phone-app')?.updateComplete;
  };
  await drawPlainCopy(device.houseId, (plain) => {
    shown = plain;
    return draw();
  });
  const [{ HouseConnection }, { keepPlainCopy }] = await loadHouseCode();
  const house = new HouseConnection(device.houseId);
  live = house;
  followHouseLanguage(house.docs.settings);
  // Someone who said "I'm leaving the house" here is told goodbye, not that the phone was let go.
  let leaving = false;
  root.addEventListener('house-leaving', (event) => {
    leaving = (event as CustomEvent<boolean>).detail;
  });
  // The board from the phone's copy, then live (ui/copy-first.ts).
  void openFromCopy(house, {
    screen: 'phone',
    draw: () => {
      shown = house;
      return draw();
    },
    afterFirstPaint: () => keepPlainCopy(house),
    onLost: () => showNotJoined(t(leaving ? 'join.left' : 'join.letGo')),
  });
  // Staff or the admin may confirm this phone is someone (a lost phone): its sockets close, and
  // the session says which person it is now.
  let askedAt = 0;
  house.addEventListener('closed', () => {
    if (Date.now() - askedAt < 2_000) return;
    askedAt = Date.now();
    void askSession()
      .then((session) => {
        if (!session.joined || session.device.personId === device.personId) return;
        device = session.device;
        keep(device);
        void draw();
      })
      .catch(() => undefined);
  });
}

/** Asks the server about this phone while the board already shows from the remembered session. */
async function checkSession(known: Device) {
  const session = await askSession().catch(() => undefined);
  if (!session?.joined) return; // away, or let go: the board's sync says so and watchAccess acts
  build = session.build;
  // Moved to another house or person meanwhile: start again as that one.
  if (session.device.houseId !== known.houseId || session.device.personId !== known.personId) {
    remember(session);
    location.reload();
  }
}

async function start() {
  // The phone's words first and, on a phone that speaks another language, that language's: the
  // first paint is already in it.
  await wordsFor('phone', words);
  await languageReady();
  const invitation = takeInvitation();
  if (invitation) {
    const joined = await accept(invitation);
    if (!joined) return;
    const device = joined.isNew ? await askName(joined.device) : joined.device;
    keep(device);
    void openBoard(device);
    return;
  }
  // A phone that has joined opens its board from its copy at once, and asks the server meanwhile.
  const known = rememberedSession();
  if (known) {
    build = known.build;
    setTitle('app.name');
    void openBoard(known.device);
    void checkSession(known.device);
    return;
  }
  render(html`<hb-join-page mode="opening"></hb-join-page>`, root);
  const session: Session = await startSession(() => {
    setTitle('app.waiting');
  });
  build = session.build;
  setTitle('app.name');
  if (session.joined) void openBoard(session.device);
  else showNotJoined();
}

reportUncaughtErrors('phone');
registerServiceWorker();
void start();
