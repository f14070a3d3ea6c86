/**
 * Word lists in en, fr, de, es, it, pt, nl. They guard every click (never accept,
 * never pay) and let the fallback tell a consent prompt from other overlays.
 */

const ACCEPT = /accept|agree|allow|\bok\b|okay|got it|autoriser|d'accord|akzeptier|zustimm|einverstanden|erlaube|zulassen|acept|permitir|accett|consent|aceit|concordo|akkoord|toestaan|prima\b/i;

/** Words that turn an accept-like label into a refusal or a neutral action. */
const NOT_ACCEPT = /sans|without|ohne|\bsin\b|senza|\bsem\b|zonder|ne pas|\bnot\b|n't|nicht|\bno\b|\bnon\b|\bniet\b|refus|reject|decline|deny|disagree|ablehn|verweiger|rechaz|rifiut|recus|rejeit|weiger|afwijz|\bonly\b|uniquement|seulement|\bnur\b|\bsolo\b|apenas|alleen|necessary|nécessaire|notwendig|erforderlich|essential|essentiel|essenziell|selection|sélection|auswahl|selección|selezione|seleção|selectie|save|enregistr|speicher|confirm|guardar|salva|opslaan/i;

const PAY = /abonn|subscri|souscri|\bpay\b|payer|paie|bezahl|zahlen|\babo\b|\babo-|-abo\b|\bpur\b|kaufen|\bbuy\b|acheter|suscri|abbona|assin|€|£|\$/i;

/** Prompt text of a consent-or-pay wall even when its controls say nothing about money. */
const PAY_WALL_TEXT = /sans publicité|ad-free|ads-free|without ads|werbefrei|ohne werbung|sin publicidad|senza pubblicità|sem publicidade|zonder advertenties|abonnez-vous|s'abonner|subscribe|abonnieren|suscríbete|abbonati|assine|per month|par mois|pro monat|al mes\b|al mese|por mês|per maand/i;

const COOKIE = /cookie|traceur|témoin|tracker|rastreador|tracciament|galleta/i;
const CONSENT = /consent|consens|einwillig|zustimmung|toestemming|gdpr|rgpd|dsgvo|\btcf\b/i;
const PRIVACY = /vie privée|confidentialité|privacy|datenschutz|privatsphäre|privacidad|privacidade|riservatezza/i;
/** Overlays that mention consent for another purpose (newsletters, accounts). */
const OTHER_PURPOSE = /newsletter|sign up|sign in|log ?in|s'inscrire|inscri|connexion|mot de passe|password|passwort|anmelden|registr|suscríbete|iscriviti|inscreva/i;
const DATA_USE = /partenaires|partners?\b|partnern|proveedores|fornitori|fornecedores|leveranciers|vendors|données personnelles|personal data|personenbezogen|datos personales|dati personali|dados pessoais|persoonsgegevens|personalis|personaliz|personnalis|mesure d'audience|audience measurement/i;

/** True when clicking a control with this label could accept or pay. */
export function isForbiddenLabel(label: string): boolean {
  if (PAY.test(label)) return true;
  return ACCEPT.test(label) && !NOT_ACCEPT.test(label);
}

export function looksLikePayOption(label: string): boolean {
  return PAY.test(label);
}

export function looksLikePayWallText(text: string): boolean {
  return PAY_WALL_TEXT.test(text);
}

/** Whether a piece of overlay text is about cookies or consent to data use. */
export function isConsentText(text: string, hasChoiceControl: boolean): boolean {
  const cookie = COOKIE.test(text);
  if (!cookie && OTHER_PURPOSE.test(text)) return false;
  const consent = CONSENT.test(text);
  const dataUse = DATA_USE.test(text);
  return (cookie && (consent || dataUse || PRIVACY.test(text) || hasChoiceControl)) || (consent && dataUse);
}

/** A control that records a choice: accept, refuse, settings. */
export function isChoiceLabel(label: string): boolean {
  return ACCEPT.test(label) || NOT_ACCEPT.test(label) || /param|setting|einstell|option|préférence|preference|manage|gérer|verwalt|configur|impostaz|instelling/i.test(label);
}
