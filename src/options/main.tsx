import { render } from 'preact';
import { Options } from './Options';
import { t, uiLocale } from '../shared/i18n';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
