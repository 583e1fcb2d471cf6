// Starts the phone app: finds the house, connects its documents and says it is online.
import { connectHouse } from './connection.ts';
import './phone/phone-app.ts';
import { connectScreen } from './screen-socket.ts';
import { startSession } from './session.ts';

const app = document.querySelector('hb-phone-app')!;
const session = await startSession(() => {
  document.title = 'House board — waiting for the server';
});
app.house = connectHouse(session.houseId);
connectScreen('phone', session.houseId);
