import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToBackground, type PageSummary } from '../shared/messages';
import type { KeyFigure } from '../core/types';
import { ArticleHeader } from '../ui/ArticleHeader';
import { KeyFigureList } from '../ui/KeyFigureList';
import { targetTabId } from './target-tab';
import { SiteRule } from './SiteRule';

type State =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; summary: PageSummary }
  | { status: 'unreadable' };

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; reason: string };

export function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    targetTabId(location.search)
      .then(async (tabId) => setState({ status: 'ready', tabId, summary: await sendToBackground({ type: 'page/summary', tabId }) }))
      .catch(() => setState({ status: 'unreadable' }));
  }, []);

  if (state.status === 'loading') {
    return <main data-state="loading"><p role="status">{t('popupLoading')}</p></main>;
  }
  if (state.status === 'unreadable') {
    return (
      <main data-state="ready">
        <p data-not-article role="status">{t('popupNoContent')}</p>
        <LibraryButton />
      </main>
    );
  }

  const { tabId, summary } = state;
  const toggleReader = async () => {
    const { open } = await sendToBackground({ type: 'reader/toggle', tabId });
    setState({ ...state, summary: { ...summary, readerOpen: open } });
    if (open) closeUnlessTab();
  };
  const showFigure = async (figure: KeyFigure) => {
    await sendToBackground({ type: 'reader/show-figure', tabId, figure });
    closeUnlessTab();
  };
  const saveArticle = async () => {
    setSave({ status: 'saving' });
    try {
      await sendToBackground({ type: 'library/save-tab', tabId });
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main data-state="ready" lang={summary.lang ?? undefined} dir={summary.dir}>
      <ArticleHeader article={summary} />
      {summary.isArticle ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t('popupKeyFigures')}</h2>
          <KeyFigureList figures={summary.keyFigures} onPick={showFigure} />
        </section>
      ) : (
        <p data-not-article role="status">{t('popupNotArticle')}</p>
      )}
      <div class="actions">
        {(summary.isArticle || summary.hasContent) && (
          <button type="button" class="primary" data-action="toggle-reader" onClick={toggleReader}>
            {summary.readerOpen ? t('popupCloseReader') : summary.isArticle ? t('popupOpenReader') : t('popupOpenAnyway')}
          </button>
        )}
        {summary.hasContent && (
          <button type="button" data-action="save" data-state={save.status} onClick={saveArticle}
            disabled={save.status === 'saving' || save.status === 'saved'}>
            {save.status === 'saved' ? t('popupSaved') : t('popupSave')}
          </button>
        )}
        <LibraryButton />
      </div>
      <SiteRule tabId={tabId} />
      {save.status === 'failed' && <p role="alert" class="error">{t('popupSaveFailed', save.reason)}</p>}
    </main>
  );
}

/** The real popup gets out of the way of the reader view; opened as a tab (?tabId=N) it stays. */
function closeUnlessTab(): void {
  if (!new URLSearchParams(location.search).has('tabId')) window.close();
}

function LibraryButton() {
  return (
    <button type="button" data-action="open-library" onClick={() => sendToBackground({ type: 'library/open' })}>
      {t('popupOpenLibrary')}
    </button>
  );
}
