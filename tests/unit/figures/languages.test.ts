import { describe, expect, it } from 'vitest';
import { read, sorted, type Case } from './helpers';

const CASES: Record<string, Case[]> = {
  en: [
    ['The group raised $12.9bn in its listing.', [[12.9e9, 'USD']]],
    ['Revenue reached $27.2 billion, up 3.5 percent.', [[27.2e9, 'USD'], [3.5, '%']]],
    ['The city will spend 4.5 million pounds on the bridge.', [[4.5e6, 'GBP']]],
    ['Shares were priced at 176 Hong Kong dollars each.', [[176, 'HKD']]],
    ['The bank cut its rate by 0.25 percentage points.', [[0.25, 'pp']]],
    ['The plant makes about 2,400 cars a week.', [[2400, 'vehicles', true]]],
    ['The storm killed 346 people along the coast.', [[346, 'deaths']]],
    ['A dozen volunteers cleared the beach.', [[12, 'volunteers', true]]],
    ['Prices rose fourfold, and sales were up 3x on the year.', [[3, 'x']]],
    ['The farm covers 1,250 hectares and produces 40 MW of power.', [[1250, 'ha'], [40, 'MW']]],
    ['The firm plans to hire twenty-five engineers.', [[25, 'engineers']]],
    ['Turnout was expected to reach between 30 to 40 percent.', [[30, '%'], [40, '%']]],
    ['The new model weighs 1.8 tonnes and holds a 95 kWh battery.', [[1.8, 't'], [95, 'kWh']]],
  ],
  fr: [
    ['Le groupe investit 10 Md$ dans la start-up.', [[1e10, 'USD']]],
    ['La levée atteint 2,4 Mds € selon la société.', [[2.4e9, 'EUR']]],
    ['Le budget est de dix milliards de dollars.', [[1e10, 'USD']]],
    ['Le chantier coûtera 350 M€ à la région.', [[350e6, 'EUR']]],
    ['La prime passe à 800 K€ par an.', [[800e3, 'EUR']]],
    ['Le plan prévoit la suppression d’environ 1 200 postes.', [[1200, 'jobs', true]]],
    ['Une quinzaine de salariés ont manifesté devant le siège.', [[15, 'employees', true]]],
    ['Le taux de chômage recule de 3 à 5 % selon les régions.', [[3, '%'], [5, '%']]],
    ['La hausse atteint 1,3 point de pourcentage cette année.', [[1.3, 'pp']]],
    ['L’accident a fait près de 40 morts et 120 blessés.', [[40, 'deaths', true], [120, 'injured']]],
    ['Le parc éolien produira 250 MW sur 1 500 hectares.', [[250, 'MW'], [1500, 'ha']]],
    ['Le nouveau téléphone offre 256 Go de stockage.', [[256, 'GB']]],
    ['Les ventes ont été multipliées par ×3 en un an.', [[3, 'x']]],
  ],
  de: [
    ['Der Konzern investiert 3,5 Mrd. Euro in das Werk.', [[3.5e9, 'EUR']]],
    ['Das Projekt kostet rund 120 Mio. Euro.', [[120e6, 'EUR', true]]],
    ['Die Firma streicht 2.000 Stellen in Europa.', [[2000, 'jobs']]],
    ['Zwölf Mitarbeiter wurden entlassen.', [[12, 'employees']]],
    ['Der Umsatz stieg um 4,2 Prozent auf 18 Milliarden Euro.', [[4.2, '%'], [18e9, 'EUR']]],
    ['Mehr als 80.000 Besucher kamen zur Messe.', [[80000, 'visitors', true]]],
    ['Der Preis liegt bei 1.299 Franken.', [[1299, 'CHF']]],
    ['Die Strecke ist 42 Kilometer lang und wurde in zweiundzwanzig Tagen gebaut.', [[42, 'km'], [22, 'days']]],
  ],
  es: [
    ['Los daños alcanzaron 10 millones de dólares.', [[10e6, 'USD']]],
    ['La empresa despidió a 1.500 trabajadores.', [[1500, 'employees']]],
    ['El conflicto se cobró cerca de 3.000 vidas.', [[3000, 'deaths', true]]],
    ['La inflación subió un 2,7% en marzo.', [[2.7, '%']]],
    ['El parque ocupa 80.000 kilómetros cuadrados.', [[80000, 'km2']]],
    ['Unas 300 personas asistieron y treinta y cinco policías vigilaron.', [[300, 'people', true], [35, 'police officers']]],
    ['La obra costará 2.500 millones de euros.', [[2.5e9, 'EUR']]],
  ],
  it: [
    ['L’azienda investirà 2 miliardi di euro nel piano.', [[2e9, 'EUR']]],
    ['Il fatturato è cresciuto del 12,5 per cento.', [[12.5, '%']]],
    ['Sono previsti circa 800 licenziamenti.', [[800, 'jobs', true]]],
    ['Una ventina di persone sono rimaste ferite.', [[20, 'people', true]]],
    ['Il ponte è lungo 3,2 chilometri.', [[3.2, 'km']]],
    ['Il progetto vale 450 mln di euro.', [[450e6, 'EUR']]],
  ],
  pt: [
    ['O banco lucrou R$ 5,2 bilhões no trimestre.', [[5.2e9, 'BRL']]],
    ['A empresa vai contratar 3.000 funcionários.', [[3000, 'employees']]],
    ['O desemprego caiu para 7,9% em junho.', [[7.9, '%']]],
    ['O incêndio deixou mais de 60 mortos.', [[60, 'deaths', true]]],
    ['A obra custou 1,5 milhão de euros.', [[1.5e6, 'EUR']]],
    ['Cerca de vinte e cinco pessoas foram resgatadas.', [[25, 'people', true]]],
  ],
};

describe.each(Object.entries(CASES))('numbers written in %s', (lang, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(sorted(read(text, lang))).toEqual(sorted(expected));
  });
});
