// Leaving the house on a phone. `hb-leaving`: a person's own "I'm leaving the house", on This
// phone. `hb-people-leaving`: staff and the admin saying someone has left, and — for the admin —
// forgetting someone who left before the house's wait is over. Each step that cannot be taken
// back asks for a second tap on the same button within a few seconds (ConfirmArm); in the list,
// a tap on another row while one is armed only puts the armed one back, so an arm never moves.
import './later-words.ts';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { dayInZone, isHere, personRecords, readSettings, wallName } from '../../board/index.ts';
import { api, sentenceFor } from '../../ui/api.ts';
import { armedButtonStyles, ConfirmArm } from '../../ui/confirm-arm.ts';
import { shortDayWords } from '../../ui/house-time.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { tabStyles } from './tab-styles.ts';

const styles = [
  houseColors,
  controls,
  plainList,
  tabStyles,
  armedButtonStyles,
  css`
    :host {
      display: grid;
      gap: 0.6em;
    }
    h2,
    h3 {
      margin: 0;
    }
    h3 {
      margin-top: 0.6em;
    }
    p {
      margin: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 0.6em;
      padding: 0.4em 0;
    }
    li + li {
      border-top: 1px solid var(--hb-line);
    }
    /* The name on a line of its own: a row keeps its shape when its button is armed. */
    .who {
      flex: 1 1 100%;
      min-width: 0;
      overflow-wrap: anywhere;
      font-weight: 600;
    }
    .when {
      color: var(--hb-muted);
      font-size: 0.9em;
      flex-basis: 100%;
    }
    .message {
      font-weight: 600;
    }
    .message[data-bad] {
      color: var(--hb-error);
    }
  `,
];

type Message = { words: string; bad?: boolean };

function messageLine(message: Message | undefined) {
  return message
    ? html`<p class="message" role="status" ?data-bad=${message.bad} data-testid="leaving-message">
        ${message.words}
      </p>`
    : nothing;
}

/** "I'm leaving the house": this phone's person leaves; the phone is let go with them. */
@customElement('hb-leaving')
export class Leaving extends HouseView {
  static override styles = styles;
  @property({ attribute: false }) device?: Device;
  @state() private message?: Message;
  private readonly arm = new ConfirmArm(this);
  protected readonly reads = ['board' as const];

  override render() {
    const settings = this.house && readSettings(this.house.docs.settings);
    const days = settings?.forgetAfterDays ?? 14;
    const armed = this.arm.isArmed('me');
    return html`<h2>${t('leaving.heading')}</h2>
      <p class="hint">
        ${days === 0 ? t('leaving.hintNow') : t('leaving.hint', { days })}
      </p>
      <div>
        <button
          type="button"
          class=${armed ? 'confirm' : ''}
          data-testid="leave-house"
          data-armed=${armed ? 'yes' : 'no'}
          @click=${this.tap}
        >
          ${armed ? t('leaving.leaveAgain') : t('leaving.leave')}
        </button>
      </div>
      ${messageLine(this.message)}`;
  }

  private readonly tap = async () => {
    if (!this.arm.tap('me')) return;
    // The page goes to "not joined" as this phone is let go (often before the answer comes):
    // told first, it says goodbye there instead of only that the phone was let go.
    const leaving = (yes: boolean) =>
      this.dispatchEvent(
        new CustomEvent<boolean>('house-leaving', { detail: yes, bubbles: true, composed: true }),
      );
    leaving(true);
    try {
      await api.leave();
      this.message = { words: t('join.left') };
    } catch (error) {
      leaving(false);
      this.message = { words: sentenceFor(error), bad: true };
    }
  };
}

interface LeftPerson {
  personId: string;
  leftAt: number;
  forgetAt: number;
}

/** Staff and the admin: someone has left; the admin may forget someone who left, now. */
@customElement('hb-people-leaving')
export class PeopleLeaving extends HouseView {
  static override styles = styles;
  @property({ attribute: false }) device?: Device;
  /** True while the section showing it is on screen: the list of who left is fetched then. */
  @property({ type: Boolean }) active = false;
  @state() private left: LeftPerson[] = [];
  /** The house's admins: only the admin says that the admin has left, so staff see no button. */
  @state() private admins = new Set<string>();
  @state() private message?: Message;
  private readonly arm = new ConfirmArm(this, { otherKeyDisarms: true });
  protected readonly reads = ['board' as const];

  /** Who on the board has left, and when, as last seen: the list is asked for when it changes. */
  private leftSeen?: string;

  protected override updated(changed: PropertyValues<this>): void {
    // Someone leaving (or forgotten) on any phone changes the board: the list follows at once,
    // whether or not the section was opened anew (`active` follows the section only when it
    // draws again).
    const board = this.house?.docs.board;
    const seen =
      board &&
      personRecords(board)
        .values()
        .filter((person) => person.leftAt !== undefined)
        .map((person) => `${person.id}:${person.leftAt}`)
        .join();
    const boardChanged = seen !== undefined && seen !== this.leftSeen;
    this.leftSeen = seen;
    if (boardChanged || (changed.has('active') && this.active)) void this.load();
  }

  async load(): Promise<void> {
    try {
      const [left, people] = await Promise.all([api.leftPeople(), api.people()]);
      this.left = left.left;
      this.admins = new Set(people.people.filter((p) => p.role === 'admin').map((p) => p.personId));
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
  }

  /** A person's name as they chose it to show, or a kind "Someone" when they chose none. */
  private nameOf(personId: string): string {
    const person = this.house && personRecords(this.house.docs.board).get(personId);
    return (person && wallName(person.nameDisplay, person.name, false)) || t('leaving.someone');
  }

  override render() {
    const board = this.house?.docs.board;
    const device = this.device;
    if (!board || !device) return nothing;
    const here = personRecords(board)
      .values()
      .filter((person) => isHere(person) && person.id !== device.personId);
    return html`<h2>${t('leaving.peopleHeading')}</h2>
      <p class="hint">${t('leaving.peopleHint')}</p>
      ${
        here.length === 0
          ? html`<p class="empty">${t('leaving.nobody')}</p>`
          : html`<ul data-testid="people-here">
              ${here.map((person) => this.hereRow(person.id))}
            </ul>`
      }
      ${messageLine(this.message)} ${this.leftList()}`;
  }

  private hereRow(personId: string) {
    const name = this.nameOf(personId);
    const key = `left ${personId}`;
    const armed = this.arm.isArmed(key);
    const theirsToSay = this.admins.has(personId) && this.device?.role !== 'admin';
    return html`<li data-testid="person-row" data-person-id=${personId}>
      <span class="who">${name}</span>
      ${
        theirsToSay
          ? nothing
          : html`<button
        type="button"
        class=${armed ? 'confirm' : ''}
        data-testid="mark-left"
        data-armed=${armed ? 'yes' : 'no'}
        @click=${() => this.markLeft(personId, name, key)}
      >
        ${armed ? t('leaving.markLeftAgain', { name }) : t('leaving.markLeft', { name })}
      </button>`
      }
    </li>`;
  }

  private leftList() {
    if (this.left.length === 0) return nothing;
    const zone = readSettings(this.house!.docs.settings).timeZone;
    const admin = this.device?.role === 'admin';
    return html`<h3>${t('leaving.leftHeading')}</h3>
      <ul data-testid="people-left">
        ${this.left.map((person) => {
          const name = this.nameOf(person.personId);
          const key = `forget ${person.personId}`;
          const armed = this.arm.isArmed(key);
          return html`<li data-testid="left-row" data-person-id=${person.personId}>
            <span class="who">${name}</span>
            <span class="when">
              ${t('leaving.forgetOn', { day: shortDayWords(dayInZone(person.forgetAt, zone)) })}
            </span>
            ${
              admin
                ? html`<button
                    type="button"
                    class=${armed ? 'confirm' : ''}
                    data-testid="forget-now"
                    data-armed=${armed ? 'yes' : 'no'}
                    @click=${() => this.forget(person.personId, key)}
                  >
                    ${armed ? t('leaving.forgetNowAgain', { name }) : t('leaving.forgetNow', { name })}
                  </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>`;
  }

  /**
   * A tap on the button `key`: true when it confirms. A tap on another button while one is armed
   * puts that one back and does nothing else.
   */
  private confirms(key: string): boolean {
    const slipped = this.arm.armedKey !== undefined && this.arm.armedKey !== key;
    const confirmed = this.arm.tap(key);
    this.message = slipped ? { words: t('leaving.armDropped') } : undefined;
    return confirmed;
  }

  private async markLeft(personId: string, name: string, key: string) {
    if (!this.confirms(key)) return;
    try {
      await api.markLeft(personId);
      this.message = { words: t('leaving.marked', { name }) };
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
    await this.load();
  }

  private async forget(personId: string, key: string) {
    if (!this.confirms(key)) return;
    try {
      await api.forget(personId);
      this.message = { words: t('leaving.forgotten') };
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
    await this.load();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-leaving': Leaving;
    'hb-people-leaving': PeopleLeaving;
  }
}
