import { render } from 'preact';
import { ReaderPage } from './ReaderPage';

render(<ReaderPage />, document.getElementById('app')!);
