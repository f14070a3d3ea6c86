import { render } from 'preact';
import { Library } from './Library';
import { t, uiLocale } from '../shared/i18n';

document.documentElement.lang = uiLocale();
document.title = t('libraryTitle');
render(<Library />, document.getElementById('app')!);
