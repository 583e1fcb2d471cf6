// Notices when this device has been let go: the sync server closes with 4401, or a connection
// keeps failing and the server, asked, says the device is not joined. A server that cannot be
// reached at all is not a reason: the board carries on from its offline copy. Once let go, the
// screen's links stop, its remembered session goes and its copy of the house is wiped; what it
// shows next is the screen's own (`onLost`).
import type { Socket } from 'socket.io-client';
import type { HouseConnection } from './connection.ts';
import { askSession, remember } from './session.ts';

/** How often, at most, a failing connection asks the server whether the device is still in. */
const ASK_EVERY_MS = 2_000;

export function watchAccess(
  house: HouseConnection,
  socket: Socket | undefined,
  onLost: () => void,
): () => void {
  let lost = false;
  let lastAsked = 0;
  let asking = false;

  const lose = () => {
    if (lost) return;
    lost = true;
    stop();
    socket?.disconnect();
    remember({ joined: false, build: '' });
    onLost();
    // What this device knew of the house goes with it.
    void house.forget();
  };

  /** Asks the server; resolves true while the device is still joined (or the server is away). */
  const ask = async (force = false): Promise<boolean> => {
    if (lost) return false;
    if (asking || (!force && Date.now() - lastAsked < ASK_EVERY_MS)) return true;
    asking = true;
    lastAsked = Date.now();
    try {
      const session = await askSession();
      if (!session.joined) lose();
    } catch {
      // The server is away; the connection's own status says so.
    } finally {
      asking = false;
    }
    return !lost;
  };

  const onClosed = () => void ask();
  const onDisconnect = async (reason: string) => {
    // The server closing the socket itself is how it lets a device go — or how it asks a device
    // whose rights changed to come back; socket.io leaves reconnecting to us then.
    if (reason !== 'io server disconnect') return;
    if (await ask(true)) socket?.connect();
  };
  const onConnectError = () => void ask();
  house.addEventListener('unauthorized', lose);
  house.addEventListener('closed', onClosed);
  socket?.on('disconnect', onDisconnect);
  socket?.on('connect_error', onConnectError);

  function stop() {
    house.removeEventListener('unauthorized', lose);
    house.removeEventListener('closed', onClosed);
    socket?.off('disconnect', onDisconnect);
    socket?.off('connect_error', onConnectError);
  }
  return stop;
}
