// The socket.io side channel for what is not board state: which screens are online, and the
// server asking a kiosk to reload after an update.
import { io, type Socket } from 'socket.io-client';

export type Screen = 'kiosk' | 'phone';

export function connectScreen(screen: Screen, houseId: string): Socket {
  // WebSocket only: the board's sync needs WebSockets anyway, so long-polling would add
  // nothing but extra requests.
  const socket = io({ auth: { screen, houseId }, transports: ['websocket'] });
  if (screen === 'kiosk') socket.on('reload', () => location.reload());
  return socket;
}
