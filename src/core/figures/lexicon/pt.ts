import type { Lexicon } from './types';

export const pt: Lexicon = {
  decimalComma: true,
  numbers: {
    dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13,
    catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19,
    cem: 100, mil: 1000,
  },
  compound: {
    tens: { vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90 },
    units: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9 },
    joiner: ' e ', unitsFirst: false,
  },
  approxNumerals: { 'uma dezena': 10, 'uma dúzia': 12, 'uma quinzena': 15, 'uma vintena': 20, 'uma centena': 100, 'um milhar': 1000 },
  scales: { cem: 100, mil: 1e3, milhão: 1e6, milhões: 1e6, milhao: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9, 'mil milhões': 1e9, trilhão: 1e12, trilhões: 1e12, mi: 1e6, bi: 1e9, tri: 1e12 },
  approxBefore: [
    'cerca de', 'quase', 'mais de', 'menos de', 'até', 'pelo menos', 'ao menos', 'aproximadamente', 'por volta de', 'em torno de',
    'perto de', 'pouco mais de', 'pouco menos de', 'uns', 'umas', 'superior a', 'inferior a',
  ],
  currencies: { dólares: 'USD', dólar: 'USD', euros: 'EUR', euro: 'EUR', libras: 'GBP', reais: 'BRL', real: 'BRL', ienes: 'JPY', iuanes: 'CNY' },
  connectors: ['de'],
  units: {
    'por cento': '%', 'pontos percentuais': 'pp', 'ponto percentual': 'pp', pontos: 'points', vezes: 'x', quilômetros: 'km', quilómetros: 'km',
    'quilômetros quadrados': 'km2', metros: 'm', toneladas: 't', quilos: 'kg', litros: 'L', hectares: 'ha', megawatts: 'MW', segundos: 's',
    minutos: 'min', horas: 'h', dias: 'days', semanas: 'weeks', meses: 'months', anos: 'years', ano: 'years', décadas: 'decades',
  },
  nouns: {
    empregos: 'jobs', postos: 'jobs', 'postos de trabalho': 'jobs', vagas: 'jobs', demissões: 'jobs', funcionários: 'employees',
    trabalhadores: 'employees', empregados: 'employees', colaboradores: 'employees', mortos: 'deaths', mortes: 'deaths', óbitos: 'deaths',
    vítimas: 'victims', feridos: 'injured', pessoas: 'people', habitantes: 'people', visitantes: 'visitors', passageiros: 'passengers',
    crianças: 'children', mulheres: 'women', homens: 'men', alunos: 'pupils', estudantes: 'students', usuários: 'users', utilizadores: 'users',
    clientes: 'customers', empresas: 'companies', países: 'countries', carros: 'vehicles', veículos: 'vehicles', aviões: 'aircraft',
    casas: 'homes', moradias: 'homes', lojas: 'stores', votos: 'votes', deputados: 'deputies', soldados: 'troops', médicos: 'doctors',
    pacientes: 'patients', casos: 'cases', refugiados: 'refugees', membros: 'members', jogos: 'games', gols: 'goals', golos: 'goals',
    vitórias: 'wins', exemplares: 'copies', cidades: 'cities', municípios: 'municipalities', escolas: 'schools', presos: 'prisoners',
  },
  changeFrom: ['de'],
  rangeWords: ['a'],
  calendar: [
    'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
    'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo',
  ],
  designators: ['versão', 'nº', 'número', 'modelo', 'página', 'capítulo', 'artigo', 'temporada', 'episódio', 'anos', 'século', 'fase'],
  ordinals: { primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5 },
  rankNouns: ['lugar', 'posição', 'colocação'],
  signals: ['invest', 'receita', 'venda', 'lucro', 'prejuízo', 'perda', 'custo', 'custa', 'preço', 'valor', 'subiu', 'aument', 'caiu', 'queda', 'crescimento', 'cresceu', 'corte', 'demiss', 'mort', 'vítima', 'orçamento', 'multa', 'pag', 'vend', 'compr', 'aquisi', 'pedido'],
  deathWords: ['mortos', 'morreram', 'mortes', 'vítimas'],
  deathBefore: ['matou', 'mataram', 'matando', 'morte de', 'a morte de'],
  expectations: ['analista', 'esperav', 'previs', 'consenso'],
  breakdown: ['dos quais', 'das quais', 'incluindo', 'entre eles', 'entre elas', 'exceto', 'salvo'],
  partitive: ['dos', 'das'],
  phrases: { 'a metade': [50, '%'], metade: [50, '%'], 'um terço': [33.33, '%'], 'dois terços': [66.67, '%'], 'um quarto': [25, '%'], dobrou: [2, 'x'], triplicou: [3, 'x'] },
};
