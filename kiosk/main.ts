// Starts the wall display. A paired kiosk connects the board and shows the join code the server
// sends; an unpaired one shows a pairing code and waits for an admin to type it. A kiosk that is
// let go wipes its copy and asks to be paired again.
import { html, render } from 'lit';
import { watchAccess } from '../ui/access-watch.ts';
import { api, sentenceFor } from '../ui/api.ts';
import { connectHouse } from '../ui/connection.ts';
import { reportUncaughtErrors } from '../ui/error-reports.ts';
import { followHouseLanguage, setTitle } from '../ui/i18n/index.ts';
import { connectScreen } from '../ui/screen-socket.ts';
import { serverNow } from '../ui/server-clock.ts';
import { askSession, type Device, type Pairing, remember, startSession } from '../ui/session.ts';
import './kiosk-app.ts';
import './pairing-screen.ts';

const root = document.body;
/** How often an unpaired kiosk asks whether an admin has typed its code. */
const PAIRING_POLL_MS = 2_000;
/** Ask for a new code this long before the old one runs out, so it never shows a dead one. */
const RENEW_EARLY_MS = 5_000;
const RETRY_MS = 10_000;
/** The build of the screens this page opened with, as the server (or the remembered session) said. */
let build = '';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function showPairing(pairing?: Pairing, problem?: string) {
  setTitle('kiosk.pairTitle');
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
    showPairing(pairing, problem);
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

function openBoard(device: Device) {
  setTitle('app.name');
  const house = connectHouse(device.houseId);
  followHouseLanguage(house.docs.settings);
  const socket = connectScreen('kiosk', {
    build,
    onJoinCode: (code) => {
      const kiosk = root.querySelector('hb-kiosk');
      if (kiosk) kiosk.joinCode = code;
    },
  });
  render(html`<hb-kiosk .house=${house}></hb-kiosk>`, root);
  watchAccess(house, socket, () => void pair().then(openBoard));
}

async function start() {
  const session = await startSession(() => {
    setTitle('app.waiting');
  });
  build = session.build;
  if (session.joined) openBoard(session.device);
  else openBoard(await pair(session.pairing));
}

reportUncaughtErrors('kiosk');
void start();
