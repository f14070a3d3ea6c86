import { render } from 'preact';
import { Popup } from './Popup';
import { uiLocale } from '../shared/i18n';

document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
