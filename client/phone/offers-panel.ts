// Offers on the phone: what someone asked of me today (take their turn, join a rota), each with a
// kind yes and a "not this time" just as easy, side by side and alike; and, under a chore, what
// became of what I asked — "Waiting for Rosa", or "Rosa: not this time", never why. Nothing
// counts or reminds.
import { html, nothing } from 'lit';
import type * as Y from 'yjs';
import {
  answerOffer,
  choreRecords,
  type Offer,
  offersFrom,
  offersTo,
  ValidationError,
} from '../../board/index.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import type { WallNames } from '../../ui/wall-names.ts';

/** Where the offers are read and answered, for one person at one moment. */
export interface OfferContext {
  board: Y.Doc;
  me: string;
  now: number;
  timeZone: string;
  names: WallNames;
  /** Called with what went wrong (already in words), or undefined when it went through. */
  onAnswered: (problem?: string) => void;
}

const nameOf = (names: WallNames, id: string) => names.person(id) ?? t('names.someone');

function answer(context: OfferContext, offer: Offer, yes: boolean) {
  try {
    answerOffer(context.board, offer.id, context.me, yes, context.timeZone, context.now);
    context.onAnswered();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    context.onAnswered(say(error.sentence));
  }
}

/** The offers waiting for my answer, at the top of the chores; nothing when there are none. */
export function offersToMe(context: OfferContext) {
  const { board, me, now, timeZone, names } = context;
  const chores = choreRecords(board);
  const open = offersTo(board, me, now, timeZone).filter((offer) => {
    const chore = chores.get(offer.chore);
    return chore && chore.removedAt === undefined;
  });
  if (open.length === 0) return nothing;
  return html`<section class="offers" data-testid="offers-to-me" aria-labelledby="offers-heading">
    <h2 id="offers-heading">${t('offers.heading')}</h2>
    <ul>
      ${open.map((offer) => {
        const words = {
          name: nameOf(names, offer.from),
          chore: chores.get(offer.chore)?.title ?? '',
        };
        const textId = `offer-${offer.id}`;
        return html`<li class="panel" data-testid="offer" data-offer-id=${offer.id}>
          <p id=${textId}>
            ${offer.what === 'swap' ? t('offers.swap', words) : t('offers.invite', words)}
          </p>
          <div class="actions">
            <button
              type="button"
              data-testid="offer-yes"
              aria-describedby=${textId}
              @click=${() => answer(context, offer, true)}
            >
              ${offer.what === 'swap' ? t('offers.yesSwap') : t('offers.yesInvite')}
            </button>
            <button
              type="button"
              data-testid="offer-no"
              aria-describedby=${textId}
              @click=${() => answer(context, offer, false)}
            >
              ${t('offers.no')}
            </button>
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Under a chore: what became of my offers about it today (a swap of `day`, or invitations). */
export function myOffersAbout(context: OfferContext, choreId: string, day?: string) {
  const { board, me, now, timeZone, names } = context;
  const mine = offersFrom(board, me, now, timeZone).filter(
    (offer) =>
      offer.chore === choreId && (day === undefined ? offer.what === 'invite' : offer.day === day),
  );
  if (mine.length === 0) return nothing;
  return html`<ul class="my-offers" data-testid="my-offers">
    ${mine.map((offer) => {
      const name = nameOf(names, offer.to);
      return html`<li data-testid="my-offer" data-person-id=${offer.to}>
        ${offer.answer === 'declined' ? t('offers.declined', { name }) : t('offers.waiting', { name })}
      </li>`;
    })}
  </ul>`;
}
