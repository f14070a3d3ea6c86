import { describe, expect, it } from 'vitest';
import { isConsentText, isForbiddenLabel } from '../../../src/core/consent/labels';

describe('click guard', () => {
  it.each([
    'Accepter & Fermer', 'Tout accepter', 'Accept all cookies', 'AGREE', 'Allow all', 'Alle akzeptieren', 'Zustimmen',
    'Aceptar', 'Accetta', 'Aceitar todos', 'Alles accepteren', 'OK', "S'abonner", 'Refuser et s’abonner', 'Jetzt abonnieren',
    'Subscribe for 2,99 € a month', 'PUR-Abo abschließen',
  ])('never clicks "%s"', (label) => {
    expect(isForbiddenLabel(label)).toBe(true);
  });

  it.each([
    'Continuer sans accepter →', 'Tout refuser', 'Reject all', 'REJECT ALL', 'SAVE & EXIT', 'Ablehnen', 'Alle ablehnen',
    'Ne pas autoriser', 'Do not consent', 'Rechazar', 'Rifiuta', 'Rejeitar', 'Weigeren', 'Use necessary cookies only',
    'Nur notwendige Cookies akzeptieren', 'Enregistrer', 'Paramétrer', 'MORE OPTIONS', 'Allow selection',
  ])('may click "%s"', (label) => {
    expect(isForbiddenLabel(label)).toBe(false);
  });
});

describe('consent text', () => {
  it.each([
    ['en', 'We and our partners use cookies to personalise ads and measure traffic.'],
    ['fr', 'Nos partenaires et nous utilisons des cookies pour mesurer l’audience.'],
    ['de', 'Wir verwenden Cookies und verarbeiten personenbezogene Daten mit Ihrer Einwilligung.'],
    ['es', 'Utilizamos cookies propias y de terceros para fines analíticos.'],
    ['it', 'Questo sito utilizza cookie e, con il tuo consenso, tecnologie simili.'],
    ['pt', 'Utilizamos cookies e tratamos dados pessoais com o seu consentimento.'],
    ['nl', 'Wij en onze partners gebruiken cookies om persoonsgegevens te verwerken.'],
    ['no cookie word', 'With your consent, our 120 partners process personal data to personalise advertising.'],
  ])('recognises a prompt (%s)', (_lang, text) => {
    expect(isConsentText(text, true)).toBe(true);
  });

  it.each([
    ['newsletter', 'Sign up for our newsletter. We process your personal data as described in our privacy policy; you can consent to offers from partners.'],
    ['login', 'Log in to your account. Your privacy matters: read how we use personal data.'],
    ['article teaser', 'Read the latest stories from our newsroom every morning.'],
  ])('leaves other overlays alone (%s)', (_kind, text) => {
    expect(isConsentText(text, true)).toBe(false);
  });
});
