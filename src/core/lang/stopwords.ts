/** The most frequent function words of each language, distinctive ones only (shared words count for each). */
const LISTS: Record<string, string> = {
  en: 'the of and to in is that for it with as was on are be by this have from or but not which were has been they their its an would will said',
  fr: 'le la les des du et est une dans que pour qui pas sur au aux ce cette sont avec par plus il elle ont été mais leur ses nous vous comme',
  de: 'der die das und ist nicht ein eine den dem des zu mit sich auf für im auch von sie es wird wurde werden dass nach bei aus hat sind einen',
  es: 'el la los las de del y que en un una es por para con no se su al lo como más pero sus le ya fue este esta son entre cuando muy sin sobre',
  it: 'il la di che e è un una per non sono del della dei delle nel nella gli le si con anche più ma come alla questo stato essere ha lo',
  pt: 'o a os as de do da dos das e que em um uma é para com não no na por mais se mas foi ao como seu sua ou são pelo pela também',
  cs: 'a je se na v že to s z do o jsou by jak ale pro jeho jako které který která po také už od jen byl bylo při ve si ze tak však',
};

export const STOPWORDS: Map<string, string[]> = new Map();
for (const [lang, words] of Object.entries(LISTS)) {
  for (const w of words.split(' ')) STOPWORDS.set(w, [...(STOPWORDS.get(w) ?? []), lang]);
}
