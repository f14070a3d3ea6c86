import type { CmpRule } from './types';

/*
 * One rule per CMP, as data. Ids and classes are the ones the CMPs ship (the same
 * that autoconsent and Consent-O-Matic target). Labels are matched as
 * case-insensitive regular expressions in en, fr, de, es, it, pt, nl.
 */

const REJECT = 'refus|reject|decline|deny|disagree|do not (consent|accept|agree)|sans accepter|without accepting|non merci|no,? thanks|ablehnen|verweigern|nicht (einwilligen|zustimmen|akzeptieren)|rechazar|no acepto|rifiut|non accett|rejeitar|recusar|weigeren|afwijzen|ne pas autoriser|(only|uniquement|nur|solo|apenas|alleen) .{0,20}(necess|nécess|notwendig|erforderlich|essen)|(necessary|essential) (cookies )?only';
const SAVE = 'save|enregistrer|valider|confirm|speichern|bestätigen|guardar|salva|conferma|opslaan|bevestig';
const SETTINGS = 'option|setting|preference|préférence|manage|custom|paramétr|personnalis|gérer|einstellung|anpassen|configur|impostazioni|personaliz|gerir|instelling|beheren';

const SP_FRAME = 'iframe[id^="sp_message_iframe_"]';

export const CMP_RULES: readonly CmpRule[] = [
  {
    name: 'didomi',
    prehideSelectors: ['#didomi-host', '#didomi-popup', '#didomi-notice'],
    detectCmp: [{ exists: '#didomi-host, #didomi-popup, #didomi-notice' }],
    detectPopup: [{ visible: '#didomi-popup, #didomi-notice, #didomi-host .didomi-popup-container, #didomi-host .didomi-notice-banner' }],
    payWallSelectors: ['#didomi-notice-subscribe-button, #didomi-host [class*="paywall"], #didomi-host [id*="paywall"]'],
    scrollLockClasses: ['didomi-popup-open', 'didomi-popup-open-ios'],
    optOut: [{ oneOf: [
      [{ click: '#didomi-notice-disagree-button' }],
      [{ click: '#didomi-host .didomi-continue-without-agreeing, .didomi-continue-without-agreeing' }],
      [
        { click: '#didomi-notice-learn-more-button' },
        { waitForThenClick: '#didomi-host .didomi-consent-popup-actions button, #didomi-host .didomi-consent-popup-footer button', text: REJECT },
        { wait: 50 },
        { waitForThenClick: '#didomi-host .didomi-consent-popup-footer button, #didomi-host [data-action="save"]', text: SAVE },
      ],
    ] }],
  },
  {
    name: 'sirdata',
    prehideSelectors: ['#sd-cmp'],
    detectCmp: [{ exists: '#sd-cmp' }],
    detectPopup: [{ visible: '#sd-cmp > div, #sd-cmp [role=dialog]' }],
    // Sirdata class names are build hashes: match on #sd-cmp and labels.
    scrollLockClasses: ['sd-cmp-*'],
    optOut: [{ oneOf: [
      [{ click: '#sd-cmp button, #sd-cmp [role=button]', text: 'sans accepter|without accepting|ohne (zu )?akzeptieren|sin aceptar|senza accettare' }],
      [{ click: '#sd-cmp button, #sd-cmp [role=button]', text: REJECT }, { wait: 50 }, { click: '#sd-cmp button', text: SAVE, optional: true }],
    ] }],
  },
  {
    name: 'onetrust',
    prehideSelectors: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '.onetrust-pc-dark-filter', '#onetrust-pc-sdk'],
    detectCmp: [{ exists: '#onetrust-consent-sdk, #onetrust-banner-sdk' }],
    detectPopup: [{ visible: '#onetrust-banner-sdk, #onetrust-pc-sdk, .onetrust-pc-dark-filter' }],
    scrollLockClasses: ['ot-overflow-hidden'],
    optOut: [{ oneOf: [
      [{ click: '#onetrust-reject-all-handler' }],
      [{ click: '#onetrust-pc-sdk .ot-pc-refuse-all-handler' }],
      [
        { click: '#onetrust-pc-btn-handler' },
        { waitFor: '#onetrust-pc-sdk .save-preference-btn-handler' },
        { click: '#onetrust-pc-sdk input.category-switch-handler:checked', all: true, optional: true },
        { click: '#onetrust-pc-sdk .save-preference-btn-handler' },
      ],
    ] }],
  },
  {
    name: 'sourcepoint',
    prehideSelectors: ['div[id^="sp_message_container_"]', SP_FRAME],
    detectCmp: [{ exists: `div[id^="sp_message_container_"], ${SP_FRAME}` }],
    detectPopup: [{ visible: `div[id^="sp_message_container_"], ${SP_FRAME}` }],
    payWallSelectors: [[SP_FRAME, '.sp_choice_type_9, [class*="pur-"], [href*="abo"]']],
    scrollLockClasses: ['sp-message-open'],
    // The message is an iframe: same-origin it is clicked into, cross-origin only hidden.
    optOut: [
      { waitFor: [SP_FRAME, 'button'], timeout: 3000 },
      { oneOf: [
        [{ click: [SP_FRAME, 'button.sp_choice_type_13, button.sp_choice_type_REJECT_ALL'] }],
        [{ click: [SP_FRAME, 'button.sp_choice_type_12'] }, { waitForThenClick: [SP_FRAME, '.sp_choice_type_REJECT_ALL'] }],
        [{ click: [SP_FRAME, 'button'], text: REJECT }],
      ] },
    ],
  },
  {
    name: 'usercentrics',
    prehideSelectors: ['#usercentrics-root', '#usercentrics-cmp-ui'],
    detectCmp: [{ exists: '#usercentrics-root, #usercentrics-cmp-ui' }],
    detectPopup: [{ oneOf: [
      [{ visible: ['#usercentrics-root', '#uc-center-container, [data-testid=uc-banner-content], [data-testid=uc-default-wall], [role=dialog]'] }],
      [{ visible: ['#usercentrics-cmp-ui', '#uc-main-dialog, [role=dialog], .cmp-wrapper'] }],
    ] }],
    scrollLockClasses: ['overflowHidden'],
    optOut: [{ oneOf: [
      [{ click: ['#usercentrics-root', '[data-testid=uc-deny-all-button]'] }],
      [{ click: ['#usercentrics-cmp-ui', 'button#deny, button.deny, [data-action-type=deny]'] }],
      [{ click: ['#usercentrics-root', '[data-testid=uc-more-button]'] }, { waitForThenClick: ['#usercentrics-root', '[data-testid=uc-deny-all-button]'] }],
      [{ click: ['#usercentrics-cmp-ui', 'button'], text: REJECT }],
    ] }],
  },
  {
    name: 'inmobi-choice',
    prehideSelectors: ['#qc-cmp2-container', '#qc-cmp2-main', '.qc-cmp-cleanslate'],
    detectCmp: [{ exists: '#qc-cmp2-container, #qc-cmp2-main' }],
    detectPopup: [{ visible: '#qc-cmp2-ui, #qc-cmp2-main' }],
    optOut: [{ oneOf: [
      [{ click: '.qc-cmp2-summary-buttons button', text: REJECT }],
      [
        { click: '.qc-cmp2-summary-buttons > button[mode=secondary]', text: SETTINGS },
        { waitForThenClick: '.qc-cmp2-header-links > button', text: REJECT },
        { wait: 50 },
        { waitForThenClick: '.qc-cmp2-buttons-desktop > button[mode=primary], .qc-cmp2-footer button[mode=primary]', text: SAVE },
      ],
    ] }],
  },
  {
    name: 'funding-choices',
    prehideSelectors: ['.fc-consent-root'],
    detectCmp: [{ exists: '.fc-consent-root' }],
    detectPopup: [{ visible: '.fc-consent-root .fc-dialog-container, .fc-consent-root .fc-dialog, .fc-consent-root .fc-dialog-overlay' }],
    optOut: [{ oneOf: [
      [{ click: '.fc-consent-root .fc-cta-do-not-consent' }],
      [
        { click: '.fc-consent-root .fc-cta-manage-options' },
        { waitFor: '.fc-consent-root .fc-confirm-choices' },
        { click: '.fc-consent-root .fc-preference-consent:checked, .fc-consent-root .fc-preference-legitimate-interest:checked', all: true, optional: true },
        { click: '.fc-consent-root .fc-confirm-choices' },
      ],
    ] }],
  },
  {
    name: 'cookiebot',
    prehideSelectors: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay', '#CookiebotWidget'],
    detectCmp: [{ exists: '#CybotCookiebotDialog, #CybotCookiebotDialogBodyUnderlay' }],
    detectPopup: [{ visible: '#CybotCookiebotDialog, #CybotCookiebotDialogBodyUnderlay' }],
    scrollLockClasses: ['CybotCookiebotDialogActive'],
    optOut: [{ oneOf: [
      [{ click: '#CybotCookiebotDialogBodyButtonDecline' }],
      [{ click: '#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll' }],
      [{ click: '#CybotCookiebotDialog button, #CybotCookiebotDialog a[role=button]', text: REJECT }],
      [
        { exists: '#CybotCookiebotDialog input[id^="CybotCookiebotDialogBodyLevelButton"]' },
        { click: '#CybotCookiebotDialog input[id^="CybotCookiebotDialogBodyLevelButton"]:checked:enabled', all: true, optional: true },
        { click: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection, #CybotCookiebotDialogBodyButtonAcceptSelected' },
      ],
    ] }],
  },
  {
    name: 'consentmanager',
    prehideSelectors: ['#cmpbox', '#cmpbox2', '#cmpwrapper'],
    detectCmp: [{ exists: '#cmpbox, #cmpbox2, #cmpwrapper' }],
    detectPopup: [{ oneOf: [[{ visible: '#cmpbox, #cmpbox2' }], [{ visible: ['#cmpwrapper', '#cmpbox, #cmpbox2'] }]] }],
    optOut: [{ oneOf: [
      [{ click: '#cmpbox .cmpboxbtnno' }],
      [{ click: ['#cmpwrapper', '.cmpboxbtnno'] }],
      [{ click: '#cmpbox .cmpboxbtn, #cmpbox [role=button]', text: REJECT }],
      [{ click: ['#cmpwrapper', '.cmpboxbtn, [role=button]'], text: REJECT }],
    ] }],
  },
  {
    name: 'trustarc',
    prehideSelectors: ['#truste-consent-track', '#consent_blackbar', '#truste-consent-content', '.truste_overlay', '.truste_box_overlay', '#trustarc-banner-overlay'],
    detectCmp: [{ exists: '#truste-consent-track, #consent_blackbar, #truste-consent-content, .truste_box_overlay' }],
    detectPopup: [{ visible: '#truste-consent-track, #truste-consent-content, .truste_box_overlay, .truste_overlay' }],
    optOut: [{ oneOf: [
      [{ click: '#truste-consent-required' }],
      [{ click: '#truste-consent-track button, #truste-consent-track a[role=button]', text: REJECT }],
    ] }],
  },
  {
    name: 'axeptio',
    prehideSelectors: ['#axeptio_overlay', '.axeptio_mount'],
    detectCmp: [{ exists: '#axeptio_overlay, .axeptio_mount' }],
    detectPopup: [{ oneOf: [
      [{ visible: '#axeptio_overlay .axeptio_widget, #axeptio_overlay [class*="axeptio_widget"], #axeptio_overlay' }],
      [{ visible: ['.axeptio_mount', '#axeptio_overlay, .axeptio_widget, [class*="axeptio_widget"]'] }],
    ] }],
    optOut: [{ oneOf: [
      [{ click: '#axeptio_btn_dismiss' }],
      [{ click: ['.axeptio_mount', '#axeptio_btn_dismiss'] }],
      [{ click: '#axeptio_overlay button', text: REJECT }],
      [{ click: ['.axeptio_mount', 'button'], text: REJECT }],
    ] }],
  },
  {
    name: 'tarteaucitron',
    prehideSelectors: ['#tarteaucitronRoot'],
    detectCmp: [{ exists: '#tarteaucitronRoot' }],
    detectPopup: [{ visible: '#tarteaucitronAlertBig, #tarteaucitronBack, #tarteaucitronAlertSmall' }],
    scrollLockClasses: ['tarteaucitron-modal-open'],
    optOut: [{ oneOf: [
      [{ click: '#tarteaucitronAllDenied2' }],
      [{ click: '#tarteaucitronAllDenied' }],
      [{ click: '#tarteaucitronRoot button', text: REJECT }],
    ] }],
  },
  {
    name: 'cookieyes',
    prehideSelectors: ['.cky-consent-container', '.cky-overlay', '.cky-modal', '#cookie-law-info-bar', '.cli-modal-backdrop'],
    detectCmp: [{ exists: '.cky-consent-container, #cookie-law-info-bar' }],
    detectPopup: [{ visible: '.cky-consent-container, .cky-consent-bar, .cky-overlay, #cookie-law-info-bar' }],
    scrollLockClasses: ['cky-modal-open', 'cli-modal-open'],
    optOut: [{ oneOf: [
      [{ click: '.cky-consent-container .cky-btn-reject' }],
      [{ click: '#cookie_action_close_header_reject, #cookie-law-info-bar [data-cli_action=reject]' }],
      [{ click: '.cky-consent-container button, #cookie-law-info-bar a, #cookie-law-info-bar button', text: REJECT }],
    ] }],
  },
  {
    name: 'complianz',
    prehideSelectors: ['#cmplz-cookiebanner-container', '.cmplz-cookiebanner', '.cmplz-soft-cookiewall'],
    detectCmp: [{ exists: '#cmplz-cookiebanner-container, .cmplz-cookiebanner' }],
    detectPopup: [{ visible: '.cmplz-cookiebanner, .cmplz-soft-cookiewall' }],
    optOut: [{ oneOf: [
      [{ click: '.cmplz-cookiebanner .cmplz-deny' }],
      [{ click: '.cmplz-cookiebanner button', text: REJECT }],
    ] }],
  },
  {
    name: 'iubenda',
    prehideSelectors: ['#iubenda-cs-banner', '.iubenda-cs-overlay'],
    detectCmp: [{ exists: '#iubenda-cs-banner' }],
    detectPopup: [{ visible: '#iubenda-cs-banner, #iubenda-cs-banner .iubenda-cs-container' }],
    scrollLockClasses: ['iubenda-cs-visible', 'iub-cs-overflow'],
    optOut: [{ oneOf: [
      [{ click: '#iubenda-cs-banner .iubenda-cs-reject-btn' }],
      [{ click: '#iubenda-cs-banner button', text: REJECT }],
      // iubenda records a refusal when its notice is closed with the ×.
      [{ click: '#iubenda-cs-banner .iubenda-cs-close-btn' }],
    ] }],
  },
  {
    name: 'commanders-act',
    prehideSelectors: ['#footer_tc_privacy', '#popin_tc_privacy', '#privacy-overlay', '#tc-privacy-wrapper', '#privacy-iframe'],
    detectCmp: [{ exists: '#footer_tc_privacy, #popin_tc_privacy, #tc-privacy-wrapper, #privacy-iframe' }],
    detectPopup: [{ visible: '#footer_tc_privacy, #popin_tc_privacy, #tc-privacy-wrapper, #privacy-iframe' }],
    optOut: [{ oneOf: [
      [{ click: '#popin_tc_privacy button, #footer_tc_privacy button, #tc-privacy-wrapper button', text: REJECT }],
      [{ click: ['#privacy-iframe', 'button'], text: REJECT }],
    ] }],
  },
  {
    name: 'appconsent',
    prehideSelectors: ['#appconsent'],
    detectCmp: [{ exists: '#appconsent' }],
    detectPopup: [{ visible: '#appconsent, #appconsent > iframe, #appconsent > div' }],
    scrollLockClasses: ['appconsent_noscroll'],
    optOut: [{ oneOf: [
      [{ click: '#appconsent .button__skip, #appconsent .button__refuseAll' }],
      [{ click: '#appconsent button', text: REJECT }],
      [
        { waitFor: ['#appconsent iframe', 'button'], timeout: 3000 },
        { oneOf: [
          [{ click: ['#appconsent iframe', '.button__skip, .button__refuseAll'] }],
          [{ click: ['#appconsent iframe', 'button'], text: REJECT }],
        ] },
      ],
    ] }],
  },
  {
    name: 'klaro',
    prehideSelectors: ['.klaro .cookie-notice', '.klaro .cookie-modal', '#klaro .cookie-notice', '#klaro .cookie-modal'],
    detectCmp: [{ exists: '.klaro, #klaro' }],
    detectPopup: [{ visible: '.klaro .cookie-notice, .klaro .cookie-modal, #klaro .cookie-notice, #klaro .cookie-modal' }],
    optOut: [{ oneOf: [
      [{ click: '.klaro .cn-decline, #klaro .cn-decline' }],
      [{ click: '.klaro .cm-btn-decline, #klaro .cm-btn-decline' }],
      [{ click: '.klaro button', text: REJECT }],
    ] }],
  },
];

/** Hosts and names of CMP frames, for cross-origin iframes nobody can click into. */
export const CMP_FRAME_PATTERN = /privacy-mgmt|sourcepoint|sp_message_iframe|consensu\.org|consentmanager|cookiebot|trustarc|truste|fundingchoices|usercentrics|didomi|privacy-center|sirdata|consentframework|appconsent|sfbx|axeptio|quantcast|inmobi|onetrust|cookielaw|iubenda|trustcommander|commandersact|cookieyes|complianz|klaro|consent|cookie|gdpr|rgpd|\bcmp\b/i;
