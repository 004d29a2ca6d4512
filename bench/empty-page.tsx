// The popup benchmark's baseline: an empty Preact page (one element rendered), bundled like the popup.
import { render } from 'preact';

render(<main data-bench="ready" />, document.getElementById('app')!);
