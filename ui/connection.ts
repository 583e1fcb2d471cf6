// A house's documents, connected to the sync server at once (the phone). The wall opens its
// copy first and connects after its first paint: it builds a HouseConnection itself and hands
// y-websocket over later (kiosk/main.ts), so this module, which loads y-websocket, is not on
// its way to the first board.
import { WebsocketProvider } from 'y-websocket';
import { Heartbeat } from './heartbeat.ts';
import { type ConnectOptions, HouseConnection } from './house-connection.ts';

export { type ConnectOptions, defaultSyncUrl, HouseConnection } from './house-connection.ts';

export function connectHouse(houseId: string, options?: ConnectOptions): HouseConnection {
  const house = new HouseConnection(houseId, options);
  house.goOnline({ WebsocketProvider, Heartbeat });
  return house;
}
