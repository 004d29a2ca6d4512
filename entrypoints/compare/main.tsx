import { render } from 'preact';
import { Compare } from '../../src/ui/Compare';
import '../../assets/popup.css';

render(<Compare />, document.getElementById('app')!);
