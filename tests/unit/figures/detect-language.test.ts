import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/lang/detect-language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The company said on Monday that it would cut jobs and close two of its plants, as sales fell for the third year.'],
    ['fr', 'Le groupe a annoncé lundi qu’il allait supprimer des postes et fermer deux de ses usines, car les ventes sont en baisse.'],
    ['de', 'Das Unternehmen teilte am Montag mit, dass es Stellen streichen und zwei seiner Werke schließen wird, weil der Umsatz sinkt.'],
    ['es', 'La empresa anunció el lunes que recortará empleos y cerrará dos de sus plantas, ya que las ventas cayeron por tercer año.'],
    ['it', 'L’azienda ha annunciato lunedì che taglierà posti di lavoro e chiuderà due dei suoi stabilimenti, perché le vendite sono calate.'],
    ['pt', 'A empresa anunciou na segunda-feira que vai cortar empregos e fechar duas de suas fábricas, pois as vendas caíram pelo terceiro ano.'],
    ['cs', 'Společnost v pondělí oznámila, že zruší pracovní místa a zavře dva ze svých závodů, protože tržby už třetím rokem klesají.'],
    ['zh', '该公司周一表示，由于销售额连续第三年下滑，将裁员并关闭两家工厂。'],
    ['ja', '同社は月曜日、売上高が3年連続で減少したため、人員を削減し、2つの工場を閉鎖すると発表した。'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when there is too little to go on', () => {
    expect(detectLanguage('12 000')).toBeNull();
  });
});
