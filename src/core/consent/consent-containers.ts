// First version: ids and classes of the most common CMPs. The consent engine's
// rule data replaces this list behind the same signature.
const CONTAINER_SELECTORS = [
  '#didomi-host', '#onetrust-consent-sdk', '#CybotCookiebotDialog', '#usercentrics-root',
  '#qc-cmp2-container', '.fc-consent-root', '#tarteaucitronRoot', '#axeptio_overlay',
  '[id^="sp_message_container"]', '#cmplz-cookiebanner-container', '.cky-consent-container',
];

/** Elements of a document that belong to a cookie-consent prompt. */
export function findConsentContainers(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CONTAINER_SELECTORS.join(',')));
}
