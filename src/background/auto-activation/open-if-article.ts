import type { Runtime } from 'webextension-polyfill';
import { sendToContent } from '../../shared/messages';
import { loadSettings } from '../../shared/settings';
import { opensAutomatically } from '../../shared/site-rules';

/**
 * A page of a listed site is in place: open the reader view if the rules still
 * say so (the registration may lag a settings change by a moment) and the core
 * reads an article there. The content script deals with the consent prompt
 * before it answers either request, and reads the page once for the check and
 * the view. Opening an open view leaves it as it is.
 */
export async function openIfArticle(sender: Runtime.MessageSender): Promise<{ open: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !sender.url) return { open: false };
  if (!opensAutomatically(new URL(sender.url).hostname, await loadSettings())) return { open: false };
  const article = await sendToContent(tabId, { type: 'content/article' });
  if (!article?.isArticle) return { open: false };
  return sendToContent(tabId, { type: 'content/toggle-reader', open: true });
}
