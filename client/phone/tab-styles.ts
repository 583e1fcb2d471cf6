// How every tab of the phone sits on the page: a block the tab bar hides with `hidden`, under a
// heading of the same size on each tab, so moving between tabs never makes the page jump.
import { css } from 'lit';

export const tabStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    font-size: 1.3em;
    margin: 0.4em 0 0.5em;
  }
`;
