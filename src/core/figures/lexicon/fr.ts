import type { Lexicon } from './types';

export const fr: Lexicon = {
  decimalComma: true,
  numbers: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, cent: 100, mille: 1000,
  },
  compound: {
    tens: { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt': 80 },
    units: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 },
    joiner: '-', unitsFirst: false,
  },
  approxNumerals: {
    'une dizaine': 10, 'une douzaine': 12, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30, 'une quarantaine': 40,
    'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100, 'un millier': 1000,
  },
  scales: { cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  approxBefore: [
    'environ', 'près de', 'plus de', 'moins de', 'quelque', 'quelques', 'presque', 'quasiment', 'jusqu’à', "jusqu'à", 'au moins',
    'pas moins de', 'pas loin de', 'autour de', 'aux alentours de', 'de l’ordre de', "de l'ordre de", 'approximativement', 'à peu près',
    'au-delà de', 'un peu plus de', 'un peu moins de', 'd’environ', "d'environ", 'de près de', 'de plus de', 'encore plus de',
    'd’encore plus de', "d'encore plus de", 'quelque', 'grosso modo', 'au bas mot', 'plus d’', "plus d'", 'moins d’', "moins d'",
  ],
  currencies: {
    dollars: 'USD', dollar: 'USD', 'dollars américains': 'USD', euros: 'EUR', euro: 'EUR', livres: 'GBP', 'livres sterling': 'GBP',
    yens: 'JPY', yen: 'JPY', yuans: 'CNY', yuan: 'CNY', 'francs suisses': 'CHF', roubles: 'RUB', 'dollars canadiens': 'CAD',
  },
  connectors: ['de', 'd’', "d'"],
  units: {
    'pour cent': '%', 'pourcent': '%', 'points de pourcentage': 'pp', 'point de pourcentage': 'pp', points: 'points', fois: 'x',
    kilomètres: 'km', kilomètre: 'km', 'kilomètres carrés': 'km2', 'km carrés': 'km2', mètres: 'm', mètre: 'm', 'mètres carrés': 'm2',
    centimètres: 'cm', tonnes: 't', tonne: 't', kilos: 'kg', kilogrammes: 'kg', litres: 'L', hectares: 'ha', mégawatts: 'MW',
    secondes: 's', seconde: 's', minutes: 'min', heures: 'h', heure: 'h', jours: 'days', jour: 'days', semaines: 'weeks', mois: 'months',
    ans: 'years', an: 'years', années: 'years', 'années-lumière': 'ly', décennies: 'decades', chevaux: 'hp',
  },
  nouns: {
    postes: 'jobs', poste: 'jobs', emplois: 'jobs', emploi: 'jobs', 'suppressions de postes': 'jobs', licenciements: 'jobs',
    salariés: 'employees', salarié: 'employees', employés: 'employees', collaborateurs: 'employees', agents: 'employees', personnels: 'people',
    morts: 'deaths', mort: 'deaths', décès: 'deaths', tués: 'deaths', victimes: 'victims', blessés: 'injured', blessé: 'injured',
    personnes: 'people', personne: 'people', habitants: 'people', individus: 'people', gens: 'people', français: 'people', françaises: 'people',
    ressortissants: 'people', touristes: 'tourists', visiteurs: 'visitors', spectateurs: 'spectators', passagers: 'passengers',
    enfants: 'children', femmes: 'women', hommes: 'men', élèves: 'pupils', étudiants: 'students', utilisateurs: 'users', clients: 'customers',
    abonnés: 'subscribers', entreprises: 'companies', sociétés: 'companies', pays: 'countries', voitures: 'vehicles', véhicules: 'vehicles',
    avions: 'aircraft', appareils: 'aircraft', logements: 'homes', maisons: 'homes', magasins: 'stores', usines: 'factories', sites: 'sites',
    députés: 'deputies', sénateurs: 'senators', voix: 'votes', médecins: 'doctors', soldats: 'troops', militaires: 'troops', policiers: 'police officers',
    migrants: 'migrants', réfugiés: 'refugees', patients: 'patients', cas: 'cases', infections: 'cases', lits: 'beds', écoles: 'schools',
    communes: 'municipalities', villes: 'cities', régions: 'regions', départements: 'departments', projets: 'projects', produits: 'products',
    exemplaires: 'copies', livres: 'books', films: 'films', épisodes: 'episodes', matchs: 'games', buts: 'goals', victoires: 'wins', médailles: 'medals',
    candidats: 'candidates', électeurs: 'voters', membres: 'members', adhérents: 'members', participants: 'participants', arbres: 'trees',
    magistrats: 'judges', juges: 'judges', détenus: 'prisoners', prisonniers: 'prisoners', otages: 'hostages', sinistrés: 'victims',
  },
  rangeWords: ['à'],
  calendar: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
  designators: ['version', 'n°', 'no', 'numéro', 'modèle', 'route', 'page', 'chapitre', 'article', 'saison', 'épisode', 'niveau', 'années', 'vol', 'phase'],
  ordinals: { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 },
  rankNouns: ['place', 'rang', 'position'],
  signals: ['investissement', 'investissements', 'investir', 'investi', 'injecté', 'injecte', 'levé', 'lève', 'chiffre', 'bénéfice', 'bénéfices', 'perte', 'pertes', 'coût', 'coûte', 'prix', 'valorisation', 'valeur', 'hausse', 'baisse', 'augmentation', 'recul', 'progression', 'chute', 'croissance', 'suppression', 'suppressions', 'licenciements', 'morts', 'tués', 'bilan', 'budget', 'amende', 'payé', 'dépensé', 'vendu', 'racheté', 'rachat', 'commande', 'record', 'atteindre', 'atteint', 'mise'],
  deathWords: ['morts', 'tués', 'décès', 'victimes', 'tué', 'mort', 'la mort'],
  breakdown: ['dont', 'parmi lesquels', 'parmi eux', 'notamment', 'y compris', 'à l’exception', "à l'exception", 'hors'],
  partitive: ['des', 'sur'],
  phrases: {
    'la moitié': [50, '%'], 'moitié': [50, '%'], 'un tiers': [33.33, '%'], 'deux tiers': [66.67, '%'], 'un quart': [25, '%'],
    'trois quarts': [75, '%'], 'doublé': [2, 'x'], 'triplé': [3, 'x'], 'quadruplé': [4, 'x'],
  },
};
