// Whether the server still answers, on each of a house's sync sockets. A frozen or cut-off server
// leaves a socket open and quiet; y-websocket itself would notice only after 30 s. Every 2 s the
// screen asks (board/heartbeat-message.ts); a socket with no answer for 4 s counts as silent, and
// the screen stops saying "Live" until an answer comes. Each answer also sets the screen's clock.
import type { WebsocketProvider } from 'y-websocket';
import {
  HEARTBEAT_MAX_SEQ,
  HEARTBEAT_MESSAGE,
  heartbeatAsk,
  readHeartbeatAnswer,
} from '../board/index.ts';
import { learnServerTime } from './server-clock.ts';

export const ASK_EVERY_MS = 2000;
export const SILENT_AFTER_MS = 4000;
/** How often silence is looked for: often enough to say so within 5 s of the last answer. */
const LOOK_EVERY_MS = 500;
/** Asks a socket may have waiting: a frozen server is not sent a pile to answer when it wakes. */
const MOST_WAITING = 3;

type AnswerHandler = WebsocketProvider['messageHandlers'][number];

/** A monotonic clock: a device whose wall clock is set meanwhile does not fake an answer. */
const tick = () => performance.now();

export class Heartbeat {
  private seq = 0;
  /** When each asked number left, by the monotonic clock. */
  private readonly asked = new Map<number, number>();
  /** When each socket last heard from the server, and whether it was silent when last looked. */
  private readonly heardAt = new Map<WebsocketProvider, number>();
  private readonly silent = new Set<WebsocketProvider>();
  private readonly waiting = new Map<WebsocketProvider, number>();
  private readonly asking: ReturnType<typeof setInterval>;
  private readonly looking: ReturnType<typeof setInterval>;

  constructor(
    private readonly providers: readonly WebsocketProvider[],
    /** Called when a socket turns silent or answers again. */
    private readonly onChange: () => void,
  ) {
    for (const provider of providers) {
      provider.messageHandlers[HEARTBEAT_MESSAGE] = this.answerHandler(provider);
      provider.on('status', ({ status }) => {
        if (status !== 'connected') return;
        this.waiting.set(provider, 0);
        this.heard(provider);
        this.ask(provider); // at once: the clock is learned as the socket opens
      });
    }
    this.asking = setInterval(() => {
      for (const provider of providers) this.ask(provider);
    }, ASK_EVERY_MS);
    this.looking = setInterval(() => this.look(), LOOK_EVERY_MS);
  }

  /** Whether this socket is open but has not heard from the server for too long. */
  isSilent(provider: WebsocketProvider): boolean {
    if (!provider.wsconnected) return false;
    const heard = this.heardAt.get(provider);
    return heard !== undefined && tick() - heard > SILENT_AFTER_MS;
  }

  stop(): void {
    clearInterval(this.asking);
    clearInterval(this.looking);
  }

  private ask(provider: WebsocketProvider): void {
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const waiting = this.waiting.get(provider) ?? 0;
    if (waiting >= MOST_WAITING) return;
    this.waiting.set(provider, waiting + 1);
    this.seq = this.seq >= HEARTBEAT_MAX_SEQ ? 1 : this.seq + 1;
    this.asked.set(this.seq, tick());
    // Only the last few asks can still be answered usefully.
    for (const old of this.asked.keys()) {
      if (this.asked.size <= 12) break;
      this.asked.delete(old);
    }
    ws.send(heartbeatAsk(this.seq));
  }

  private answerHandler(provider: WebsocketProvider): AnswerHandler {
    return (_encoder, decoder) => {
      const answer = readHeartbeatAnswer(decoder);
      if (!answer) return;
      const asked = this.asked.get(answer.seq);
      this.asked.delete(answer.seq);
      if (asked !== undefined) learnServerTime(answer.serverTime, tick() - asked, Date.now());
      this.waiting.set(provider, 0);
      this.heard(provider);
    };
  }

  private heard(provider: WebsocketProvider): void {
    this.heardAt.set(provider, tick());
    if (this.silent.delete(provider)) this.onChange();
  }

  private look(): void {
    let changed = false;
    for (const provider of this.providers) {
      const silent = this.isSilent(provider);
      if (silent === this.silent.has(provider)) continue;
      if (silent) this.silent.add(provider);
      else this.silent.delete(provider);
      changed = true;
    }
    if (changed) this.onChange();
  }
}
