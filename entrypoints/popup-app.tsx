// The popup's script (popup/index.html loads it): one classic file with the stylesheet inside it, built
// by WXT as an unlisted script (an IIFE with every import inlined). Built with the other pages, the popup
// loaded three chunks and a stylesheet, each a separate fetch from the extension before its first
// screen; one file is one fetch. The tab's stored state is asked for before anything else, so the
// storage round trips overlap the stylesheet's parsing.
import { render } from 'preact';
import css from '../assets/popup.css?inline';
import { Popup, readFirstScreen } from '../src/ui/Popup';

/** How long the first paint waits for the stored state before it shows "Reading the page…". */
const FIRST_PAINT_WAIT_MS = 100;

export default defineUnlistedScript(() => {
  const first = readFirstScreen();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  // The first frame shows the stored result itself, not "Reading the page…" for the few ms the
  // storage reads take (a frame drawn meanwhile would also delay the result's).
  let drawn = false;
  const draw = () => {
    if (drawn) return;
    drawn = true;
    render(<Popup first={first} />, document.getElementById('app')!);
  };
  first.state.then(draw, draw);
  setTimeout(draw, FIRST_PAINT_WAIT_MS);
});
