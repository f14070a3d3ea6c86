/**
 * A generated library for the library bench: articles with a Zipf-distributed
 * vocabulary (so common and rare words behave as in real text), a few dozen sites,
 * key figures, and a small image for every fifth article, as a Lisible JSON backup.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArticle } from '../src/shared/library/backup-format';

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'char', 'tion', 'ment', 'eur', 'ique', 'ain', 'ou', 'an', 'pre', 'con', 'ver', 'stra', 'plo', 'mi', 'ka', 'é', 'è'];
const SITES = Array.from({ length: 40 }, (_, i) => `Site ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} Info`);

/** Deterministic pseudo-random numbers, so every run measures the same library. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function vocabulary(size: number, rand: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(rand() * 4);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
  }
  return Array.from(words);
}

/** Picks word ranks with probability ∝ 1/rank. */
function zipf(size: number, rand: () => number): () => number {
  const harmonic = Math.log(size) + 0.5772;
  return () => Math.min(size - 1, Math.floor(Math.exp(rand() * harmonic)) - 1);
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function image(rand: () => number): string {
  const bytes = Uint8Array.from({ length: 6000 }, (_, i) => PNG_HEADER[i] ?? Math.floor(rand() * 256));
  return Buffer.from(bytes).toString('base64');
}

export function generateLibrary(count: number, seed = 7): { backup: string; words: string[] } {
  const rand = random(seed);
  const words = vocabulary(30000, rand);
  const pick = zipf(words.length, rand);
  const sentence = () => {
    const length = 8 + Math.floor(rand() * 18);
    const text = Array.from({ length }, () => words[pick()]).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const start = Date.UTC(2020, 0, 1);
  const articles: BackupArticle[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' '));
    const text = paragraphs.join('\n\n');
    const site = SITES[Math.floor(rand() * SITES.length)]!;
    const host = site.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const url = `https://${host}.example/articles/${i}`;
    const imageUrl = `https://${host}.example/images/${i}.png`;
    const withImage = i % 5 === 0;
    const wordCount = text.split(/\s+/).length;
    const value = Math.round(rand() * 1e9);
    articles.push({
      id: `bench-${i.toString(36)}-${Math.floor(rand() * 1e9).toString(36)}`,
      url, title: sentence().slice(0, 90), siteName: site, byline: `${words[pick()]} ${words[pick()]}`,
      publishedTime: new Date(start + rand() * 5 * 365 * 86400e3).toISOString(),
      lang: 'fr', dir: 'ltr', excerpt: paragraphs[0]!.slice(0, 200), leadImage: withImage ? imageUrl : null, isArticle: true,
      html: `${withImage ? `<figure><img src="${imageUrl}" alt=""></figure>` : ''}${paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
      text, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      keyFigures: [{ value, unit: 'EUR', raw: `${value} €`, label: words[pick()]!, approx: false, offset: 0 }],
      savedAt: new Date(start + i * 3600e3).toISOString(), read: rand() < 0.3, missingImages: 0,
      images: withImage ? [{ url: imageUrl, type: 'image/png', data: image(rand) }] : [],
    });
  }
  return { backup: JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), articles }), words };
}
