// The parts of "What the board holds about me" (about-me-view.ts): its look, one thing in a
// list, and a heading with its list or its one kind line when there is nothing under it.
import './later-words.ts';
import { css, html, nothing, type TemplateResult } from 'lit';
import { type MessageKey, t } from '../../ui/i18n/index.ts';

export const aboutMeStyles = css`
  .hint {
    color: var(--hb-muted);
    margin: 0.3em 0 0.6em;
  }
  dialog {
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    margin: 0;
    padding: 0;
    border: none;
    background: var(--hb-page);
    color: var(--hb-ink);
  }
  .page {
    box-sizing: border-box;
    max-width: 40em;
    margin: 0 auto;
    padding: 0.6em 1em 2.5em;
    overflow-wrap: anywhere;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  section {
    margin-top: 1.2em;
    padding-top: 0.5em;
    border-top: 2px solid var(--hb-line);
  }
  h3 {
    font-size: 1.15em;
    margin: 0.2em 0 0.4em;
  }
  h4 {
    font-size: 1em;
    margin: 0.9em 0 0.3em;
    color: var(--hb-muted);
  }
  .plain {
    padding: 0.3em 0.6em;
    border-left: 0.25em solid var(--hb-line);
  }
  .plain strong {
    display: block;
    font-weight: 600;
  }
  .plain span {
    display: block;
    color: var(--hb-muted);
    font-size: 0.9em;
  }
  .empty {
    color: var(--hb-muted);
    margin: 0.2em 0;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.3em;
  }
  dt {
    color: var(--hb-muted);
    font-size: 0.9em;
  }
  dd {
    margin: 0 0 0.4em;
    font-weight: 600;
  }
  .download {
    margin-top: 1em;
  }
`;

/** One thing in a list: what it is, then a quieter line of when and how. */
export function item(title: string, details: Array<string | undefined>, testid = 'about-item') {
  const said = details.filter((detail): detail is string => !!detail);
  return html`<li class="plain" data-testid=${testid}>
    <strong>${title}</strong>
    ${said.length ? html`<span>${said.join(' · ')}</span>` : nothing}
  </li>`;
}

/** The page's own words, by what follows `aboutMe.` in their keys. */
type AboutWord = MessageKey extends infer K ? (K extends `aboutMe.${infer W}` ? W : never) : never;

/** A heading, then the things under it, or one kind line when there are none. */
export function list<T>(
  heading: AboutWord,
  empty: AboutWord,
  items: T[],
  line: (entry: T) => TemplateResult,
  testid: string,
  level: 'h3' | 'h4' = 'h4',
) {
  const id = `${testid}-heading`;
  const title = t(`aboutMe.${heading}`);
  return html`${
    level === 'h3' ? html`<h3 id=${id}>${title}</h3>` : html`<h4 id=${id}>${title}</h4>`
  }
    ${
      items.length
        ? html`<ul data-testid=${testid} aria-labelledby=${id}>
          ${items.map(line)}
        </ul>`
        : html`<p class="empty" data-testid="${testid}-empty">${t(`aboutMe.${empty}`)}</p>`
    }`;
}
