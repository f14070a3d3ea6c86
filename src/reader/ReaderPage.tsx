import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToBackground, sendToContent } from '../shared/messages';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../shared/settings';
import { loadArticle, type ReaderSource } from './load-article';
import { ArticleHeader } from '../ui/ArticleHeader';
import { SettingsPanel } from './SettingsPanel';
import { applySettings } from './apply-settings';
import { sanitizeForView } from './sanitize-for-view';
import { leadImageToShow } from './lead-image';
import { trapFocus } from './focus-trap';
import { highlightFigure } from './highlight-figure';
import { onFigureToFocus } from './figure-events';
import { KeyFigureList } from '../ui/KeyFigureList';
import type { KeyFigure } from '../core/types';

type State = { status: 'loading' } | { status: 'ready'; source: ReaderSource } | { status: 'error'; message: string };

export function ReaderPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [figuresOpen, setFiguresOpen] = useState(false);
  const articleRef = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    loadArticle(location.search)
      .then((source) => setState(source ? { status: 'ready', source } : { status: 'error', message: t('libraryNotFound') }))
      .catch(() => setState({ status: 'error', message: t('readerUnavailable') }));
    const unwatch = watchSettings(setSettings);
    const untrap = trapFocus(document);
    return () => { unwatch(); untrap(); };
  }, []);

  useEffect(() => { if (settings) applySettings(document.documentElement, settings); }, [settings]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const { article } = state.source;
    document.documentElement.lang = article.lang ?? '';
    document.title = article.title;
    mainRef.current?.focus({ preventScroll: true });
    if (state.source.kind !== 'tab') return;
    const { tabId, focus } = state.source;
    if (focus) showFigure(focus);
    void sendToContent(tabId, { type: 'content/reader-rendered' });
    return onFigureToFocus(tabId, showFigure);
  }, [state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The browser's own print would print the page under the view: print the article instead.
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        window.print();
        return;
      }
      if (event.key !== 'Escape') return;
      if (panelOpen) {
        setPanelOpen(false);
        settingsButton.current?.focus();
      } else {
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const body = useMemo(() => state.status === 'ready'
    ? sanitizeForView(state.source.article.html, state.source.article.url, state.source.article.title) : '', [state]);

  function showFigure(figure: KeyFigure) {
    if (state.status === 'ready' && articleRef.current) highlightFigure(articleRef.current, state.source.article.text, figure);
  }

  function close() {
    if (state.status !== 'ready') return;
    if (state.source.kind === 'tab') void sendToContent(state.source.tabId, { type: 'content/close-reader' });
    else location.href = '../library/index.html';
  }

  async function save() {
    if (state.status !== 'ready') return;
    await sendToBackground({ type: 'library/save-article', article: state.source.article });
    setSaved(true);
  }

  async function change(update: Partial<Settings>) {
    setSettings(await saveSettings(update));
  }

  if (state.status === 'loading') return <p class="status" role="status">{t('readerLoading')}</p>;
  if (state.status === 'error') return <p class="status" role="alert">{state.message}</p>;

  const { article } = state.source;
  const lead = leadImageToShow(article.leadImage, body, article.url);
  return (
    <>
      <header class="toolbar">
        <nav aria-label={t('readerToolbar')}>
          <button type="button" data-action="close" onClick={close}>{t('readerClose')}</button>
          <button ref={settingsButton} type="button" aria-expanded={panelOpen} aria-controls="reader-settings"
            data-action="settings" onClick={() => setPanelOpen(!panelOpen)}>{t('readerSettings')}</button>
          <button type="button" aria-expanded={figuresOpen} aria-controls="reader-figures"
            data-action="figures" onClick={() => setFiguresOpen(!figuresOpen)}>{t('popupKeyFigures')}</button>
          <button type="button" data-action="print" onClick={() => window.print()}>{t('readerPrint')}</button>
          {state.source.kind === 'tab' && (
            <button type="button" data-action="save" data-state={saved ? 'saved' : 'idle'} onClick={save} disabled={saved}>
              {saved ? t('readerSaved') : t('readerSave')}
            </button>
          )}
        </nav>
        {panelOpen && settings && <SettingsPanel settings={settings} onChange={change} />}
        {figuresOpen && (
          <section id="reader-figures" class="panel" aria-label={t('popupKeyFigures')}>
            <KeyFigureList figures={article.keyFigures} onPick={showFigure} />
          </section>
        )}
      </header>
      <main ref={mainRef} tabIndex={-1} aria-label={t('readerArticle')}>
        <article lang={article.lang ?? undefined} dir={article.dir}>
          <ArticleHeader article={article} />
          {lead && <figure class="lead"><img src={lead} alt="" /></figure>}
          <div ref={articleRef} data-reader-article dangerouslySetInnerHTML={{ __html: body }} />
        </article>
      </main>
    </>
  );
}
