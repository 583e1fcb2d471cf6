// "What the board holds about me", opened from This phone: a page of everything the board keeps
// that names or belongs to this person — their name, devices, chores, thanks, groups, what they
// posted and their shifts — read from the phone's own copies of the documents (board/
// about-person.ts), with the same as a JSON file to keep. Nothing of anyone else's is on it.
import './later-words.ts';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  type AboutPerson,
  aboutPerson,
  type ChoreDayItem,
  type Day,
  dayInZone,
  isStaff,
  type OwnDevice,
  readSettings,
} from '../../board/index.ts';
import { api, sentenceFor } from '../../ui/api.ts';
import { birthdayWords } from '../../ui/birthday-words.ts';
import { agoWords, instantWords, shortDayWords } from '../../ui/house-time.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { aboutMeStyles, item, list } from './about-me-parts.ts';
import { tabStyles } from './tab-styles.ts';

/** What a person said about a day's meal, in the page's words. */
const MEAL_SAID = {
  cook: 'meals.illCook',
  eat: 'meals.illEat',
  notEating: 'meals.notTonight',
} as const;

@customElement('hb-about-me-view')
export class AboutMeView extends HouseView {
  static override styles = [houseColors, controls, tabStyles, plainList, aboutMeStyles];

  @property({ attribute: false }) device?: Device;
  @state() private open = false;
  /** This person's devices as the server listed them; undefined until it answers. */
  @state() private devices?: OwnDevice[];
  @state() private devicesProblem?: string;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[data-testid=about-me-open]') private opener?: HTMLButtonElement;

  protected readonly reads = ['board' as const, 'staff' as const];

  override render() {
    return html`
      <h2>${t('aboutMe.heading')}</h2>
      <p class="hint">${t('aboutMe.openHint')}</p>
      <button type="button" data-testid="about-me-open" @click=${this.show}>
        ${t('aboutMe.open')}
      </button>
      <dialog
        aria-labelledby="about-me-heading"
        data-testid="about-me"
        @close=${() => {
          this.open = false;
          this.opener?.focus();
        }}
      >
        ${this.open ? this.page() : nothing}
      </dialog>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open' as keyof AboutMeView) && this.open && !this.dialog?.open)
      this.dialog?.showModal();
  }

  private readonly show = () => {
    this.open = true;
    this.devices = undefined;
    this.devicesProblem = undefined;
    api.myDevices().then(
      ({ devices }) => {
        this.devices = devices;
      },
      (error: unknown) => {
        this.devicesProblem = sentenceFor(error);
      },
    );
  };

  /** What the board holds about this person now: the page and the file both show this. */
  private about(): AboutPerson | undefined {
    const house = this.house;
    const device = this.device;
    if (!house || !device) return undefined;
    return aboutPerson(house.docs, device.personId, {
      thisDevice: device.id,
      devices: this.devices,
      now: serverNow(),
    });
  }

  private page(): TemplateResult {
    const about = this.about();
    const zone = this.house ? readSettings(this.house.docs.settings).timeZone : 'UTC';
    const day = (iso: string | undefined) =>
      iso === undefined ? undefined : shortDayWords(dayInZone(Date.parse(iso), zone));
    const time = (iso: string | undefined) =>
      iso === undefined ? undefined : instantWords(Date.parse(iso), zone);
    const when = { day, time };
    return html`<div class="page">
      <div class="top">
        <button type="button" data-testid="about-me-back" @click=${() => this.dialog?.close()}>
          <span aria-hidden="true">←</span> ${t('aboutMe.back')}
        </button>
      </div>
      <h2 id="about-me-heading">${t('aboutMe.heading')}</h2>
      <p>${t('aboutMe.intro')}</p>
      <div class="download">
        <button
          type="button"
          class="primary"
          data-testid="about-me-download"
          @click=${() => this.download()}
        >
          ${t('aboutMe.download')}
        </button>
        <p class="hint">${t('aboutMe.downloadHint')}</p>
      </div>
      ${about ? this.sections(about, when) : nothing}
      <p class="hint">${t('aboutMe.fades')}</p>
    </div>`;
  }

  private sections(about: AboutPerson, when: Words) {
    const staff = !!this.device && isStaff(this.device.role);
    const choreLine = (entry: ChoreDayItem, withTime = false) =>
      item(entry.chore ?? t('aboutMe.choreGone'), [
        withTime && entry.at
          ? t('aboutMe.dayAt', { day: dayWords(entry.day), time: when.time(entry.at)! })
          : dayWords(entry.day),
        entry.takenBackAt && t('aboutMe.takenBack', { day: when.day(entry.takenBackAt)! }),
      ]);
    const { chores } = about;
    return html`
      ${this.nameSection(about)} ${this.devicesSection(about, when)}
      <section data-testid="about-chores" aria-labelledby="about-chores">
        <h3 id="about-chores">${t('aboutMe.chores')}</h3>
        ${list('saidYoudDo', 'noneSaid', chores.saidYoudDo, (c) => choreLine(c), 'about-claims')}
        ${list('ticked', 'noneTicked', chores.ticked, (c) => choreLine(c, true), 'about-ticked')}
        ${list(
          'rotas',
          'noRotas',
          chores.rotas,
          (rota) =>
            item(rota.chore ?? t('aboutMe.choreGone'), [
              rota.choreTakenOffAt &&
                t('aboutMe.choreTakenOff', { day: when.day(rota.choreTakenOffAt)! }),
            ]),
          'about-rotas',
        )}
        ${list('turns', 'noTurns', chores.turnsGivenToYou, (c) => choreLine(c), 'about-turns')}
      </section>
      <section aria-labelledby="about-thanks-heading">
        ${list('thanks', 'noThanks', about.thanksYouGave, (c) => choreLine(c), 'about-thanks', 'h3')}
      </section>
      <section aria-labelledby="about-groups-heading">
        ${list(
          'groups',
          'noGroups',
          about.groupsYouAreComingTo,
          (group) =>
            item(group.group ?? t('aboutMe.groupGone'), [
              dayWords(group.day),
              group.takenBackAt && t('aboutMe.takenBack', { day: when.day(group.takenBackAt)! }),
            ]),
          'about-groups',
          'h3',
        )}
      </section>
      <section aria-labelledby="about-meals-heading">
        ${list(
          'meals',
          'noMeals',
          about.meals,
          (meal) =>
            item(t(MEAL_SAID[meal.said]), [
              meal.meal && t(meal.meal === 'lunch' ? 'meals.lunch' : 'meals.dinner'),
              dayWords(meal.day),
              meal.showCook ? t('aboutMe.shownToCook') : undefined,
              meal.takenBackAt && t('aboutMe.takenBack', { day: when.day(meal.takenBackAt)! }),
            ]),
          'about-meals',
          'h3',
        )}
      </section>
      <section aria-labelledby="about-list-heading">
        ${list(
          'listItems',
          'noListItems',
          about.listItems,
          (entry) =>
            item(entry.item, [
              entry.addedAt && t('aboutMe.addedOn', { day: when.day(entry.addedAt)! }),
            ]),
          'about-list',
          'h3',
        )}
        ${list(
          'agendaPoints',
          'noAgendaPoints',
          about.agendaPoints,
          (entry) =>
            item(entry.text, [
              entry.addedAt && t('aboutMe.addedOn', { day: when.day(entry.addedAt)! }),
            ]),
          'about-agenda',
          'h3',
        )}
      </section>
      <section aria-labelledby="about-posted-heading">
        ${list(
          'posted',
          'nonePosted',
          about.posted,
          (note) =>
            item(
              note.text,
              [
                note.postedAt && t('aboutMe.postedOn', { day: when.day(note.postedAt)! }),
                note.until && t('aboutMe.upUntil', { day: when.day(note.until)! }),
                note.signedAs && t('aboutMe.signed', { name: note.signedAs }),
                note.pinned ? t('aboutMe.pinned') : undefined,
                note.takenDownAt && t('aboutMe.takenDown', { day: when.day(note.takenDownAt)! }),
              ],
              'about-note',
            ),
          'about-posted',
          'h3',
        )}
      </section>
      ${staff || about.shifts.length || about.handoffNotes.length ? this.shiftsSection(about, when) : nothing}
    `;
  }

  private nameSection(about: AboutPerson) {
    const name = about.name;
    return html`<section data-testid="about-name" aria-labelledby="about-name-heading">
      <h3 id="about-name-heading">${t('aboutMe.name')}</h3>
      ${
        name
          ? html`<dl>
            <dt>${t('aboutMe.asWritten')}</dt>
            <dd data-testid="about-name-written">${name.asWritten}</dd>
            <dt>${t('aboutMe.onTheWall')}</dt>
            <dd>${name.onTheWall ?? t('aboutMe.notOnTheWall')}</dd>
            ${
              name.pronouns
                ? html`<dt>${t('aboutMe.pronouns')}</dt>
                  <dd>${name.pronouns}</dd>`
                : nothing
            }
            ${
              name.awayUntil
                ? html`<dt>${t('aboutMe.awayUntil')}</dt>
                  <dd>${dayWords(name.awayUntil)}</dd>`
                : nothing
            }
            ${
              name.birthday
                ? html`<dt>${t('aboutMe.birthday')}</dt>
                  <dd data-testid="about-birthday">
                    ${birthdayWords(name.birthday)}
                    (${t(name.birthdayOnWall ? 'aboutMe.birthdayOnWall' : 'aboutMe.birthdayNotOnWall')})
                  </dd>`
                : nothing
            }
          </dl>`
          : html`<p class="empty">${t('aboutMe.noName')}</p>`
      }
    </section>`;
  }

  private devicesSection(about: AboutPerson, when: Words) {
    const devices = about.devices;
    const now = serverNow();
    return html`<section data-testid="about-devices" aria-labelledby="about-devices-heading">
      <h3 id="about-devices-heading">${t('aboutMe.devices')}</h3>
      ${
        devices === undefined
          ? html`<p class="empty" role="status">
              ${this.devicesProblem ?? t('aboutMe.devicesAsking')}
            </p>`
          : devices.length === 0
            ? html`<p class="empty">${t('aboutMe.noDevices')}</p>`
            : html`<ul>
              ${devices.map((device) =>
                item(
                  device.thisDevice ? t('aboutMe.thisDevice') : t('aboutMe.otherDevice'),
                  [
                    t('aboutMe.deviceRole', { role: t(`role.${device.role}`) }),
                    t('aboutMe.joined', { day: when.day(device.joinedAt)! }),
                    device.letGoAt
                      ? t('aboutMe.letGo', { day: when.day(device.letGoAt)! })
                      : t('aboutMe.lastUsed', {
                          ago: agoWords(Date.parse(device.lastSeenAt), now),
                        }),
                  ],
                  'about-device',
                ),
              )}
            </ul>`
      }
    </section>`;
  }

  private shiftsSection(about: AboutPerson, when: Words) {
    return html`<section data-testid="about-shifts-section" aria-labelledby="about-shifts-heading">
      ${list(
        'shifts',
        'noShifts',
        about.shifts,
        (shift) =>
          item(
            t('aboutMe.shiftTimes', {
              day: when.day(shift.start) ?? '',
              start: when.time(shift.start) ?? '',
              end: when.time(shift.end) ?? '',
            }),
            [
              shift.endedAt && t('aboutMe.ended', { time: when.time(shift.endedAt)! }),
              shift.pronouns && `${t('aboutMe.pronouns')}: ${shift.pronouns}`,
              shift.upFor && t('aboutMe.upFor', { what: shift.upFor }),
            ],
          ),
        'about-shifts',
        'h3',
      )}
      ${list(
        'handoffNotes',
        'noHandoffNotes',
        about.handoffNotes,
        (handoff) =>
          item(handoff.note || t('aboutMe.noNote'), [
            handoff.at &&
              t('aboutMe.dayAt', { day: when.day(handoff.at)!, time: when.time(handoff.at)! }),
            handoff.takenOverAt &&
              t('aboutMe.takenOver', { time: when.time(handoff.takenOverAt)! }),
          ]),
        'about-handoffs',
      )}
    </section>`;
  }

  /** The same as the page, as a JSON file named for the house's today. */
  private download() {
    const about = this.about();
    if (!about) return;
    const zone = this.house ? readSettings(this.house.docs.settings).timeZone : 'UTC';
    const file = new Blob([`${JSON.stringify(about, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = `houseboard-about-me-${dayInZone(Date.parse(about.madeAt), zone)}.json`;
    link.click();
    // Kept a moment for the browser to start saving it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }
}

interface Words {
  day(iso: string | undefined): string | undefined;
  time(iso: string | undefined): string | undefined;
}

const dayWords = (day: Day) => shortDayWords(day);

declare global {
  interface HTMLElementTagNameMap {
    'hb-about-me-view': AboutMeView;
  }
}
