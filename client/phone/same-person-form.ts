// "This new phone is Jo": when someone's phone is lost, they join again on a new one and are
// someone new to the board. Staff or the admin, with the person beside them, pick the new phone
// and who it is; the server makes the two records one (board/merge-people.ts). Nothing here ever
// matches by name: a person picks both, and a second tap confirms.
import './later-words.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, type PersonListing, sentenceFor } from '../../ui/api.ts';
import { agoWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { InViewController } from '../../ui/in-view-controller.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { editorStyles } from './editor-form.ts';

/** The list is asked for again when the form comes into view or is used, at most this often. */
const STALE_MS = 2_000;
const REFRESH_MS = 15_000;

@customElement('hb-same-person-form')
export class SamePersonForm extends LitElement {
  static override styles = [
    houseColors,
    controls,
    editorStyles,
    css`
      :host {
        display: grid;
        gap: 0.6em;
      }
      h2,
      h3,
      p {
        margin: 0;
      }
      select {
        width: 100%;
        font: inherit;
        min-height: 2.75em;
      }
      .sure {
        padding: 0.6em 0.8em;
        border-left: 0.3em solid var(--hb-warn);
        background: var(--hb-warn-tint);
        border-radius: 0.3em;
      }
      .done {
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    `,
  ];

  @property({ attribute: false }) me?: Device;
  /** The heading's level: an h2 on "This phone", an h3 in the Admin tab's sections. */
  @property({ type: Number }) level: 2 | 3 = 2;

  @state() private people?: PersonListing[];
  @state() private from = '';
  @state() private into = '';
  @state() private confirming = false;
  @state() private busy = false;
  @state() private problem?: string;
  @state() private done?: string;
  private loadedAt = 0;

  constructor() {
    super();
    // The form comes into view (its tab shown): someone may have joined since. While it is in
    // view the list is asked for again now and then, as the admin's device list is.
    new InViewController(this, {
      seen: () => void this.load(),
      everyMs: REFRESH_MS,
      again: () => this.refresh(),
    });
  }

  private refresh(): void {
    if (Date.now() - this.loadedAt > STALE_MS) void this.load();
  }

  async load(): Promise<void> {
    this.loadedAt = Date.now();
    try {
      this.people = (await api.people()).people;
    } catch (error) {
      this.problem = sentenceFor(error);
    }
  }

  override render() {
    const heading = t('same.heading');
    return html`
      ${this.level === 3 ? html`<h3>${heading}</h3>` : html`<h2>${heading}</h2>`}
      <p class="hint">${t('same.hint')}</p>
      ${this.people?.length === 0 ? html`<p>${t('same.nobody')}</p>` : this.form(this.people ?? [])}
      ${this.done ? html`<p class="done" role="status" data-testid="same-done">${this.done}</p>` : nothing}
    `;
  }

  private form(people: PersonListing[]) {
    const into = people.find((p) => p.personId === this.into);
    return html`<form
      novalidate
      data-testid="same-person-form"
      @focusin=${() => this.refresh()}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="field">
        <label for="same-from">${t('same.newPhone')}</label>
        <p class="hint" id="same-from-hint">${t('same.newPhoneHint')}</p>
        ${this.picker('same-from', people, this.from, this.into, (id) => {
          this.from = id;
        })}
      </div>
      <div class="field">
        <label for="same-into">${t('same.isPerson')}</label>
        ${this.picker('same-into', people, this.into, this.from, (id) => {
          this.into = id;
        })}
      </div>
      ${this.problem ? html`<p class="problem" role="alert" data-testid="same-problem">${this.problem}</p>` : nothing}
      ${this.confirming && into ? this.sure(into) : this.ask(into)}
    </form>`;
  }

  private picker(
    id: string,
    people: PersonListing[],
    value: string,
    other: string,
    pick: (id: string) => void,
  ) {
    return html`<select
      id=${id}
      data-testid=${id}
      aria-describedby=${id === 'same-from' ? 'same-from-hint' : nothing}
      @change=${(event: Event) => {
        pick((event.target as HTMLSelectElement).value);
        this.confirming = false;
        this.problem = undefined;
        this.done = undefined;
      }}
    >
      <option value="" ?selected=${value === ''}>${t('same.pick')}</option>
      ${people
        .filter((p) => p.personId !== other)
        .map(
          (p) => html`<option value=${p.personId} ?selected=${p.personId === value}>
            ${t('same.joined', { name: this.nameOf(p), ago: agoWords(p.lastJoinedAt) })}
          </option>`,
        )}
    </select>`;
  }

  private nameOf(person: PersonListing): string {
    const name = person.name?.trim() || t('same.noName');
    return person.personId === this.me?.personId ? t('same.you', { name }) : name;
  }

  private ask(into: PersonListing | undefined) {
    return html`<div class="row">
      <button
        type="button"
        data-testid="same-confirm"
        @click=${() => {
          if (!this.from || !into) {
            this.problem = t('same.pickBoth');
            return;
          }
          this.confirming = true;
        }}
      >
        ${t('same.confirm', { name: into ? this.nameOf(into) : '…' })}
      </button>
    </div>`;
  }

  private sure(into: PersonListing) {
    const name = this.nameOf(into);
    return html`<p class="sure" data-testid="same-sure">${t('same.sure', { name })}</p>
      <div class="row">
        <button type="button" data-testid="same-cancel" @click=${() => {
          this.confirming = false;
        }}>
          ${t('same.cancel')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="same-yes"
          ?disabled=${this.busy}
          @click=${() => void this.merge(name)}
        >
          ${t('same.yes', { name })}
        </button>
      </div>`;
  }

  private async merge(name: string) {
    this.busy = true;
    try {
      await api.mergePeople(this.from, this.into);
      this.done = t('same.done', { name });
      this.from = '';
      this.into = '';
      this.confirming = false;
      this.problem = undefined;
      this.dispatchEvent(new CustomEvent('devices-changed', { bubbles: true, composed: true }));
      await this.load();
    } catch (error) {
      this.problem = sentenceFor(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-same-person-form': SamePersonForm;
  }
}
