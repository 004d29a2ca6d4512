import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import '../../assets/popup.css';

render(<Popup />, document.getElementById('app')!);
