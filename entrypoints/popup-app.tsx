// The popup's script (popup/index.html loads it): one classic file with the stylesheet inside it, built
// by WXT as an unlisted script (an IIFE with every import inlined). Built with the other pages, the popup
// loaded three chunks and a stylesheet, each a separate fetch from the extension before its first
// screen; one file is one fetch. The tab's stored state is asked for before the first render, so the
// storage round trips overlap the script's own work.
import { render } from 'preact';
import css from '../assets/popup.css?inline';
import { Popup, readFirstScreen } from '../src/ui/Popup';

export default defineUnlistedScript(() => {
  const first = readFirstScreen();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  render(<Popup first={first} />, document.getElementById('app')!);
});
