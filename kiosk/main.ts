// Starts the wall display. A paired kiosk that has been live before draws its board at once from
// its plain copy (ui/plain-copy.ts), with none of Yjs loaded, marked as not yet live and not to
// be touched; then loads Yjs and its real copy on the device, draws from that, and only after
// that paint loads the network code (y-websocket for the board's sync, socket.io for the join
// code and reloads) and goes live (ui/copy-first.ts): the board never waits for the server, nor
// for the board's rules (zod and the schemas), which load with that code. An unpaired kiosk shows a pairing code and waits for
// an admin to type it. A kiosk that is let go wipes its copy and asks to be paired again.
import { html, render } from 'lit';
import { api, sentenceFor } from '../ui/api.ts';
import { drawPlainCopy, loadHouseCode, openFromCopy, painted, wait } from '../ui/copy-first.ts';
import { reportUncaughtErrors } from '../ui/error-reports.ts';
import type { House } from '../ui/house.ts';
import { followHouseLanguage, languageReady, setTitle, wordsFor } from '../ui/i18n/index.ts';
import { words } from '../ui/i18n/words/wall.ts';
import { serverNow } from '../ui/server-clock.ts';
import {
  askSession,
  type Device,
  type Pairing,
  remember,
  rememberedSession,
  startSession,
} from '../ui/session.ts';
import { afterFirstBoard } from './kiosk-app.ts';
import { dropWallCopy, keepWallCopy, WALL_COPY_ATTRIBUTE } from './wall-copy.ts';

const root = document.body;
/** How often an unpaired kiosk asks whether an admin has typed its code. */
const PAIRING_POLL_MS = 2_000;
/** Ask for a new code this long before the old one runs out, so it never shows a dead one. */
const RENEW_EARLY_MS = 5_000;
const RETRY_MS = 10_000;
/** The build of the screens this page opened with, as the server (or the remembered session) said. */
let build = '';

async function showPairing(pairing?: Pairing, problem?: string) {
  await import('./pairing-screen.ts');
  setTitle('kiosk.pairTitle');
  dropWallCopy();
  render(
    html`<hb-pairing-screen .pairing=${pairing} .problem=${problem}></hb-pairing-screen>`,
    root,
  );
}

/** Shows a pairing code until an admin pairs this kiosk; resolves with the kiosk's device. */
async function pair(first?: Pairing): Promise<Device> {
  let pairing = first;
  let problem: string | undefined;
  for (;;) {
    if (!pairing || pairing.expiresAt - RENEW_EARLY_MS <= serverNow()) {
      try {
        pairing = await api.startPairing();
        problem = undefined;
      } catch (error) {
        pairing = undefined;
        problem = sentenceFor(error);
      }
    }
    await showPairing(pairing, problem);
    await wait(pairing ? PAIRING_POLL_MS : RETRY_MS);
    const session = await askSession().catch(() => undefined);
    if (session?.joined) {
      remember(session);
      build = session.build;
      return session.device;
    }
    if (session?.pairing) pairing = session.pairing;
  }
}

/** Draws the wall for `house`; drawn from the plain copy (`firstPaint`), nothing on it can be touched. */
function drawKiosk(house: House, firstPaint = false) {
  dropWallCopy();
  render(html`<hb-kiosk ?inert=${firstPaint} .house=${house}></hb-kiosk>`, root);
  return root.querySelector('hb-kiosk')?.updateComplete;
}

async function openBoard(device: Device) {
  setTitle('app.name');
  await drawPlainCopy(device.houseId, (plain) => drawKiosk(plain, true));
  const [{ HouseConnection }, { keepPlainCopy }] = await loadHouseCode();
  const house = new HouseConnection(device.houseId);
  followHouseLanguage(house.docs.settings);
  void openFromCopy(house, {
    screen: 'kiosk',
    draw: () => drawKiosk(house),
    afterFirstPaint: () => {
      keepPlainCopy(house);
      keepWallCopy(house, () => root.querySelector('hb-kiosk'));
      // Loaded again when first shown, if it failed.
      void afterFirstBoard().catch(() => undefined);
    },
    events: () => ({
      build,
      onJoinCode: (code) => {
        const kiosk = root.querySelector('hb-kiosk');
        if (kiosk) kiosk.joinCode = code;
      },
    }),
    onLost: () => void pair().then(openBoard),
  });
}

/** Asks the server about this device while the board already shows from the remembered session. */
async function checkSession(device: Device) {
  const session = await askSession().catch(() => undefined);
  if (!session?.joined) return; // away, or let go: the board's sync says so and watchAccess acts
  remember(session);
  build = session.build;
  // Paired to another house meanwhile: start again with that one.
  if (session.device.houseId !== device.houseId) location.reload();
}

async function start() {
  // The wall as it last looked, put up by kiosk/index.html: shown before the work below.
  if (document.querySelector(`[${WALL_COPY_ATTRIBUTE}]`)) await painted();
  // The wall's words first and, in a house that speaks another language, that language's: the
  // first paint is already in it.
  await wordsFor('wall', words);
  await languageReady();
  const known = rememberedSession();
  if (known) {
    build = known.build;
    void openBoard(known.device);
    void checkSession(known.device);
    return;
  }
  const session = await startSession(() => {
    setTitle('app.waiting');
  });
  build = session.build;
  if (session.joined) void openBoard(session.device);
  else void openBoard(await pair(session.pairing));
}

reportUncaughtErrors('kiosk');
void start();
