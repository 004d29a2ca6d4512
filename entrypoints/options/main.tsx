import { render } from 'preact';
import { Options } from '../../src/ui/Options';
import '../../assets/popup.css';

render(<Options />, document.getElementById('app')!);
