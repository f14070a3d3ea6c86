import browser from 'webextension-polyfill';
import { watchSettings } from '../../shared/settings';
import { applySettings } from './apply-settings';

/** Opening articles by themselves on the reader's news sites: listeners of the service worker. */
export function registerAutoActivation(): void {
  const reapply = () => void applySettings().catch(report);
  browser.runtime.onInstalled.addListener(reapply);
  browser.runtime.onStartup.addListener(reapply);
  browser.permissions.onAdded.addListener(reapply);
  browser.permissions.onRemoved.addListener(reapply);
  // Settings also change from another device through sync, not only from our pages.
  watchSettings(reapply);
}

function report(error: unknown): void {
  console.warn('Lisible auto-activation:', error instanceof Error ? error.message : error);
}
