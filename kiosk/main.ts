// Starts the wall display: finds the house, connects its documents, and listens for the server
// asking the kiosk to reload after an update.
import { connectHouse } from '../client/connection.ts';
import { connectScreen } from '../client/screen-socket.ts';
import { startSession } from '../client/session.ts';
import './kiosk-app.ts';

const kiosk = document.querySelector('hb-kiosk')!;
const session = await startSession(() => {
  document.title = 'House board — waiting for the server';
});
kiosk.house = connectHouse(session.houseId);
connectScreen('kiosk', session.houseId);
