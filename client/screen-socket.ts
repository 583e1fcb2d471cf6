// The socket.io side channel for what is not board state: which screens are online, the
// server asking a kiosk to reload after an update, and the kiosk's join code for phones.
// The device's cookie says who is connecting; nothing else is sent.
import { io, type Socket } from 'socket.io-client';

export type Screen = 'kiosk' | 'phone';

/** What a kiosk shows in its QR code: `<origin>/join#<token>`, new every few minutes. */
export interface JoinCode {
  url: string;
  expiresAt: number;
  rotatesAt: number;
}

export interface ScreenEvents {
  onJoinCode?: (code: JoinCode) => void;
}

export function connectScreen(screen: Screen, events: ScreenEvents = {}): Socket {
  // WebSocket only: the board's sync needs WebSockets anyway, so long-polling would add
  // nothing but extra requests.
  const socket = io({ auth: { screen }, transports: ['websocket'] });
  if (screen === 'kiosk') {
    socket.on('reload', () => location.reload());
    socket.on('join-code', (code: JoinCode) => {
      if (typeof code?.url === 'string' && typeof code.expiresAt === 'number') {
        events.onJoinCode?.(code);
      }
    });
  }
  return socket;
}
