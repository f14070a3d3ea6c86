import type { Lexicon } from './types';

export const es: Lexicon = {
  decimalComma: true,
  numbers: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14,
    quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintidós: 22, veintitrés: 23,
    veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, cien: 100, ciento: 100, mil: 1000,
  },
  compound: {
    tens: { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
    units: { uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
    joiner: ' y ', unitsFirst: false,
  },
  approxNumerals: { 'una decena': 10, 'una docena': 12, 'una quincena': 15, 'una veintena': 20, 'una treintena': 30, 'un centenar': 100, 'un millar': 1000 },
  scales: { cien: 100, mil: 1e3, millón: 1e6, millones: 1e6, 'mil millones': 1e9, billón: 1e12, billones: 1e12, mdd: 1e6 },
  approxBefore: [
    'cerca de', 'unos', 'unas', 'alrededor de', 'aproximadamente', 'casi', 'más de', 'menos de', 'hasta', 'al menos', 'por lo menos',
    'aprox.', 'en torno a', 'poco más de', 'poco menos de', 'apenas', 'unos pocos', 'rondan', 'ronda', 'superior a', 'inferior a',
  ],
  currencies: {
    dólares: 'USD', dólar: 'USD', 'dólares estadounidenses': 'USD', euros: 'EUR', euro: 'EUR', libras: 'GBP', 'libras esterlinas': 'GBP',
    yenes: 'JPY', yuanes: 'CNY', pesos: 'ARS', reales: 'BRL',
  },
  connectors: ['de'],
  units: {
    'por ciento': '%', 'puntos porcentuales': 'pp', 'punto porcentual': 'pp', puntos: 'points', veces: 'x', kilómetros: 'km', kilómetro: 'km',
    'kilómetros cuadrados': 'km2', metros: 'm', 'metros cuadrados': 'm2', centímetros: 'cm', toneladas: 't', kilos: 'kg', kilogramos: 'kg', litros: 'L',
    hectáreas: 'ha', megavatios: 'MW', segundos: 's', minutos: 'min', horas: 'h', hora: 'h', días: 'days', día: 'days', semanas: 'weeks',
    meses: 'months', años: 'years', año: 'years', décadas: 'decades', 'años luz': 'ly',
  },
  nouns: {
    empleos: 'jobs', puestos: 'jobs', 'puestos de trabajo': 'jobs', despidos: 'jobs', empleados: 'employees', trabajadores: 'employees',
    muertos: 'deaths', fallecidos: 'deaths', víctimas: 'victims', vidas: 'deaths', muertes: 'deaths', heridos: 'injured', personas: 'people',
    habitantes: 'people', agricultores: 'farmers', carabineros: 'police officers', policías: 'police officers', visitantes: 'visitors',
    pasajeros: 'passengers', niños: 'children', mujeres: 'women', hombres: 'men', alumnos: 'pupils', estudiantes: 'students', usuarios: 'users',
    clientes: 'customers', empresas: 'companies', países: 'countries', provincias: 'provinces', autos: 'vehicles', coches: 'vehicles',
    vehículos: 'vehicles', aviones: 'aircraft', viviendas: 'homes', casas: 'homes', tiendas: 'stores', votos: 'votes', abstenciones: 'abstentions', diputados: 'deputies',
    soldados: 'troops', médicos: 'doctors', pacientes: 'patients', casos: 'cases', refugiados: 'refugees', miembros: 'members', partidos: 'games',
    goles: 'goals', victorias: 'wins', ejemplares: 'copies', ciudades: 'cities', municipios: 'municipalities', escuelas: 'schools',
    reservas: 'reserves', turistas: 'tourists', unidades: 'units', comunidades: 'communities', detenidos: 'detainees', presos: 'prisoners',
  },
  against: ['contra'],
  changeFrom: ['de', 'desde'],
  rangeWords: ['a'],
  calendar: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
  agoBefore: ['hace', 'desde hace'],
  agoAfter: ['después', 'más tarde', 'antes', 'atrás'],
  idioms: ['24 horas al día', 'las 24 horas', 'los 7 días'],
  designators: [
    'versión', 'nº', 'número', 'modelo', 'ruta', 'página', 'capítulo', 'artículo', 'temporada', 'episodio', 'años', 'siglo',
    'fase',
  ],
  ordinals: { primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5 },
  rankNouns: ['lugar', 'puesto', 'posición'],
  signals: [
    'invers', 'invert', 'ingres', 'venta', 'benefici', 'gananci', 'pérdida', 'costo', 'coste', 'cuesta', 'precio', 'valor',
    'subi', 'aument', 'cay', 'caída', 'baj', 'crecimiento', 'creci', 'recorte', 'despid', 'muert', 'víctima', 'presupuesto',
    'multa', 'pag', 'vendi', 'compr', 'pedido', 'daño', 'causaron', 'cobr',
  ],
  deathWords: ['muertos', 'murieron', 'muertes', 'fallecidos', 'vidas', 'asesinados'],
  deathBefore: ['mató', 'mataron', 'matando', 'muerte de', 'la muerte de', 'vidas de'],
  expectations: ['analista', 'esperab', 'previs', 'consenso'],
  breakdown: ['de los cuales', 'de las cuales', 'entre ellos', 'entre ellas', 'incluidos', 'incluidas', 'excepto', 'salvo'],
  partitive: ['de los', 'de las'],
  phrases: {
    'la mitad': [50, '%'], mitad: [50, '%'], 'un tercio': [33.33, '%'], 'dos tercios': [66.67, '%'], 'un cuarto': [25, '%'],
    duplicó: [2, 'x'], triplicó: [3, 'x'], 'el doble': [2, 'x'], 'el triple': [3, 'x'],
  },
};
