import { useEffect, useRef, useState } from 'preact/hooks';
import DOMPurify from 'dompurify';
import { t } from '../shared/i18n';
import { sendToBackground, sendToContent } from '../shared/messages';
import { loadSettings, type Settings } from '../shared/settings';
import { loadArticle, type ReaderSource } from './load-article';
import { ArticleHeader } from './ArticleHeader';

type State = { status: 'loading' } | { status: 'ready'; source: ReaderSource } | { status: 'error'; message: string };

export function ReaderPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    loadArticle(location.search)
      .then((source) => setState(source ? { status: 'ready', source } : { status: 'error', message: t('libraryNotFound') }))
      .catch(() => setState({ status: 'error', message: t('readerUnavailable') }));
  }, []);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const { article } = state.source;
    document.documentElement.lang = article.lang ?? '';
    document.documentElement.dir = article.dir;
    document.title = article.title;
    mainRef.current?.focus({ preventScroll: true });
    if (state.source.kind === 'tab') void sendToContent(state.source.tabId, { type: 'content/reader-rendered' });
  }, [state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') close(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.font = settings.font;
    root.style.setProperty('--font-size', `${settings.fontSize}px`);
    root.style.setProperty('--content-width', `${settings.contentWidth}ch`);
    root.style.setProperty('--line-height', String(settings.lineHeight));
  }, [settings]);

  function close() {
    if (state.status === 'ready' && state.source.kind === 'tab') {
      void sendToContent(state.source.tabId, { type: 'content/close-reader' });
    } else if (state.status === 'ready' && state.source.kind === 'library') {
      location.href = '../library/index.html';
    }
  }

  async function save() {
    if (state.status !== 'ready') return;
    await sendToBackground({ type: 'library/save-article', article: state.source.article });
    setSaved(true);
  }

  if (state.status === 'loading') return <p class="status" role="status">{t('readerLoading')}</p>;
  if (state.status === 'error') return <p class="status" role="alert">{state.message}</p>;

  const { article } = state.source;
  // Sanitized again here, in the extension's own document, right before insertion.
  const html = DOMPurify.sanitize(article.html);
  return (
    <>
      <nav class="toolbar" aria-label="Lisible">
        <button type="button" onClick={close}>{t('readerClose')}</button>
        {state.source.kind === 'tab' && (
          <button type="button" data-action="save" data-state={saved ? 'saved' : 'idle'} onClick={save} disabled={saved}>
            {saved ? t('readerSaved') : t('readerSave')}
          </button>
        )}
      </nav>
      <main ref={mainRef} tabIndex={-1} aria-label={t('readerArticle')}>
        <article lang={article.lang ?? undefined} dir={article.dir}>
          <ArticleHeader article={article} />
          <div data-reader-article dangerouslySetInnerHTML={{ __html: html }} />
        </article>
      </main>
    </>
  );
}
