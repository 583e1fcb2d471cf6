// What a phone shows before it is part of the house: how to join (scan the kiosk's code), or
// that it is joining now. A friendly page, not an error. Someone who had a phone here before types
// the code their old phone shows, and is themselves on this one.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../ui/i18n/index.ts';
import { houseColors } from '../../ui/theme.ts';

export const pageStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    padding: 32px 20px calc(32px + env(safe-area-inset-bottom));
    background: var(--hb-page);
    font-size: 18px;
    line-height: 1.45;
  }
  .page {
    max-width: 30em;
    margin: 0 auto;
    display: grid;
    gap: 1em;
  }
  h1 {
    margin: 0;
    font-size: 1.6em;
    line-height: 1.2;
  }
  p {
    margin: 0;
  }
  .lead {
    font-size: 1.2em;
  }
  .muted {
    color: var(--hb-muted);
  }
  /* The drawing shrinks with a narrow screen or large text, never pushing the page sideways. */
  .picture {
    max-width: 100%;
    height: auto;
  }
  .reason {
    padding: 0.7em 0.9em;
    border-left: 0.3em solid var(--hb-warn);
    background: var(--hb-warn-tint);
    border-radius: 0.3em;
  }
`;

/** A small drawing of a phone looking at a code on the wall. Decorative only. */
const scanPicture = html`<svg
  class="picture"
  viewBox="0 0 120 80"
  width="180"
  height="120"
  aria-hidden="true"
>
  <rect x="6" y="8" width="58" height="44" rx="4" fill="none" stroke="#1f2328" stroke-width="3" />
  <rect x="14" y="16" width="12" height="12" fill="#1f2328" />
  <rect x="44" y="16" width="12" height="12" fill="#1f2328" />
  <rect x="14" y="32" width="12" height="12" fill="#1f2328" />
  <rect x="32" y="32" width="6" height="6" fill="#1f2328" />
  <rect x="44" y="38" width="6" height="6" fill="#1f2328" />
  <rect x="82" y="22" width="30" height="52" rx="5" fill="#fbf8f1" stroke="#1d5230" stroke-width="3" />
  <circle cx="97" cy="67" r="2.5" fill="#1d5230" />
  <path d="M66 30 L80 38 M66 40 L80 44" stroke="#1d5230" stroke-width="2" stroke-dasharray="3 3" />
</svg>`;

@customElement('hb-join-page')
export class JoinPage extends LitElement {
  static override styles = [houseColors, pageStyles];

  /** 'opening' while asking the server, 'joining' while a scanned code is used; else how to join. */
  @property() mode: 'opening' | 'joining' | 'not-joined' = 'not-joined';
  /** Why the phone is here, e.g. it was let go, or the code it scanned had run out. */
  @property() reason?: string;

  protected override willUpdate(): void {
    // Moving from an old phone is for a phone not joined yet; a joined one never fetches it.
    if (this.mode === 'not-joined') void import('./move-in-form.ts').catch(() => {});
  }

  override render() {
    if (this.mode !== 'not-joined') {
      return html`<main class="page" data-testid=${this.mode}>
        <h1>${t('app.name')}</h1>
        <p class="lead" role="status">
          ${this.mode === 'joining' ? t('join.joining') : t('phone.opening')}
        </p>
      </main>`;
    }
    return html`<main class="page" data-testid="not-joined">
      <h1>${t('app.name')}</h1>
      ${
        this.reason
          ? html`<p class="reason" data-testid="not-joined-reason" role="status">${this.reason}</p>`
          : nothing
      }
      ${scanPicture}
      <p class="lead">${t('join.howTo')}</p>
      <p class="muted">${t('join.nothingToInstall')}</p>
      <hb-move-in-form></hb-move-in-form>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-join-page': JoinPage;
  }
}
