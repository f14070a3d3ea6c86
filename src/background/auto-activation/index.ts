import browser, { type Runtime } from 'webextension-polyfill';
import { AUTO_ACTIVATION_PORT, reply, type AutoActivationRequest, type AutoActivationResponses } from '../../shared/messages';
import { watchSettings } from '../../shared/settings';
import { applySettings } from './apply-settings';
import { openIfArticle } from './open-if-article';

type Handled = AutoActivationResponses[AutoActivationRequest['type']];

/** Opening articles by themselves on the reader's news sites: listeners of the service worker. */
export function registerAutoActivation(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== AUTO_ACTIVATION_PORT) return;
    port.onMessage.addListener(async (message: unknown) => {
      const answer = await reply<Handled>(() => handle(message as AutoActivationRequest, port.sender));
      // The page may have gone (navigation, tab closed) while it waited.
      try {
        port.postMessage(answer);
      } catch {
        // Nobody left to tell.
      }
    });
  });

  const reapply = () => void applySettings().catch(report);
  browser.runtime.onInstalled.addListener(reapply);
  browser.runtime.onStartup.addListener(reapply);
  browser.permissions.onAdded.addListener(reapply);
  browser.permissions.onRemoved.addListener(reapply);
  // Settings also change from another device through sync, not only from our pages.
  watchSettings(reapply);
}

async function handle(request: AutoActivationRequest, sender: Runtime.MessageSender | undefined): Promise<Handled> {
  switch (request.type) {
    case 'auto/page-ready':
      return sender ? openIfArticle(sender) : { open: false };
    case 'auto/apply-settings':
      return { domains: await applySettings() };
  }
}

function report(error: unknown): void {
  console.warn('Lisible auto-activation:', error instanceof Error ? error.message : error);
}
