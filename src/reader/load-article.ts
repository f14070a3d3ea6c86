import type { Article, KeyFigure } from '../core/types';
import { sendToBackground } from '../shared/messages';
import { getFullArticle } from '../shared/library-store';
import { offlineArticle } from '../shared/library/offline-article';

/** Where the reader page's article comes from: a saved one (?id=) or the tab it is shown over. */
export type ReaderSource =
  | { kind: 'library'; id: string; article: Article }
  | { kind: 'tab'; tabId: number; article: Article; focus: KeyFigure | null };

export async function loadArticle(search: string): Promise<ReaderSource | null> {
  const id = new URLSearchParams(search).get('id');
  if (id) {
    const saved = await getFullArticle(id);
    if (!saved) return null;
    return { kind: 'library', id, article: await offlineArticle(saved) };
  }
  const { tabId, article, focus } = await sendToBackground({ type: 'reader/article-for-frame' });
  return { kind: 'tab', tabId, article, focus };
}
