import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('numbers that are not key figures', () => {
  it.each([
    ['en', 'The deal was signed in 2019 and renewed on Nov. 18, 2021.'],
    ['en', 'The meeting starts at 9 a.m. and ends at 17:30.'],
    ['en', 'Call 555-123-4567 or +33 1 23 45 67 89 for details.'],
    ['en', 'The Boeing 737 Max and the A350-900 were on display next to an iPhone 7.'],
    ['en', 'Update to version 5.3 of OS X 10.10.1 before Friday.'],
    ['en', 'She finished third, and it was the 2nd time the team used a four-door car.'],
    ['en', 'The S&P 500 and the STOXX 600 both opened higher.'],
    ['en', 'Thousands of people and dozens of firms took part.'],
    ['fr', 'Le rendez-vous est fixé au mardi 5 mai à 5h45.'],
    ['fr', 'Le 14 juillet, à 20 h, la Renault Clio 5 a été présentée lors des Jeux de Paris 2024.'],
    ['fr', 'Dans les années 90, la chaîne France 3 a diffusé le film.'],
    ['fr', 'Un homme et une femme sont arrivés.'],
    ['de', 'Das Treffen findet am 3. März um 14 Uhr statt.'],
    ['es', 'El acto se celebró el 12 de octubre de 2018.'],
    ['zh', '1985年3月9日，研究人员在第二个实验中发现。'],
    ['en', 'No one knows what happened one day two years ago.'],
    ['fr', 'Le service fonctionne 24 heures sur 24 depuis trois ans.'],
    ['es', 'Hace dos años, el grupo abrió su tienda.'],
    ['en', 'The film 6 Days and the 1990s sitcom were shown in 4K and 3D.'],
    ['zh', '這兩天天氣很好。'],
    ['fr', 'Il a terminé 3e de la course ; appelez le 01 23 45 67 89.'],
    ['de', 'Er wurde am 14. Juli 1989 geboren und wohnt in der Hauptstraße 12, 10115 Berlin.'],
    ['es', 'El 3º clasificado llegó el lunes 5 a las 14:30 horas.'],
    ['it', 'La riunione del 12 marzo 2020 si è tenuta alle 9:45, ticket n. 4521.'],
    ['pt', 'O evento de 25 de abril de 2019 começou às 10h30.'],
    ['en', 'The ticker 08008.HK and issue #4521 were cited in [1] and [12].'],
    ['en', 'He scored four times, and the party doubled down on the slogan in the first place.'],
    ['en', 'This one layered over people is worse.'],
    ['en', 'I have been through three of those appointments, like some iPhone 11 Pro users.'],
    ['it', 'Il romanzo Le Dodici Case è uscito ieri.'],
    ['en', 'The Fourth Energy Plan followed the iOS 17 update and USB-C ports on 2G/3G phones.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
});
