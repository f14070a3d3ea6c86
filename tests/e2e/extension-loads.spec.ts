import { test, expect } from './fixtures';

test('the extension loads with minimal permissions and no site access granted at install', async ({ ext }) => {
  const { manifest, granted } = await ext.worker.evaluate(async () => ({
    manifest: chrome.runtime.getManifest(),
    granted: await chrome.permissions.getAll(),
  }));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'].sort());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(granted.origins ?? []).toEqual([]);
  expect(manifest.action?.default_popup).toBe('src/popup/index.html');
});
