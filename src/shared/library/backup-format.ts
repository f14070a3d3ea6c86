import type { KeyFigure } from '../../core/types';
import type { SavedArticle } from './types';

export const BACKUP_FORMAT = 'lisible-library';
export const BACKUP_VERSION = 1;

export interface BackupImage {
  url: string;
  type: string;
  /** The image's bytes in base64. */
  data: string;
}

export interface BackupArticle extends SavedArticle {
  images: BackupImage[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: BackupArticle[];
}

/** A backup that cannot be read; the message says where, for the reader and for a bug report. */
export class BackupError extends Error {
  override name = 'BackupError';
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isDate = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));
const isHttpUrl = (value: unknown): value is string => {
  if (!isString(value)) return false;
  try { return /^https?:$/.test(new URL(value).protocol); } catch { return false; }
};

function keyFigure(value: unknown, where: string): KeyFigure {
  if (!isObject(value) || typeof value.value !== 'number' || !isString(value.unit) || !isString(value.raw) || !isString(value.label)) {
    throw new BackupError(`${where}: a key figure is malformed`);
  }
  return {
    value: value.value, unit: value.unit, raw: value.raw, label: value.label,
    approx: value.approx === true, offset: typeof value.offset === 'number' ? value.offset : 0,
  };
}

function image(value: unknown, where: string): BackupImage {
  if (!isObject(value) || !isHttpUrl(value.url) || !isString(value.type) || !isString(value.data) || value.data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value.data)) {
    throw new BackupError(`${where}: an image is malformed`);
  }
  return { url: value.url, type: value.type, data: value.data };
}

function article(value: unknown, index: number): BackupArticle {
  const where = `article ${index + 1}`;
  if (!isObject(value)) throw new BackupError(`${where} is not an object`);
  if (!isString(value.id) || value.id === '') throw new BackupError(`${where} has no id`);
  if (!isHttpUrl(value.url)) throw new BackupError(`${where} has no valid address`);
  if (!isString(value.title) || !isString(value.html) || !isString(value.text)) throw new BackupError(`${where} has no title or body`);
  if (!isDate(value.savedAt)) throw new BackupError(`${where} has no save date`);
  for (const field of ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'leadImage'] as const) {
    if (value[field] !== undefined && !isStringOrNull(value[field])) throw new BackupError(`${where}: ${field} is malformed`);
  }
  if (value.keyFigures !== undefined && !Array.isArray(value.keyFigures)) throw new BackupError(`${where}: key figures are malformed`);
  if (value.images !== undefined && !Array.isArray(value.images)) throw new BackupError(`${where}: images are malformed`);
  const optional = (field: string): string | null => (value[field] as string | null | undefined) ?? null;
  return {
    id: value.id, url: value.url, title: value.title, html: value.html, text: value.text, savedAt: value.savedAt,
    byline: optional('byline'), siteName: optional('siteName'), publishedTime: optional('publishedTime'),
    lang: optional('lang'), excerpt: optional('excerpt'), leadImage: optional('leadImage'),
    dir: value.dir === 'rtl' ? 'rtl' : 'ltr',
    isArticle: value.isArticle !== false,
    read: value.read === true,
    wordCount: typeof value.wordCount === 'number' ? value.wordCount : 0,
    readingMinutes: typeof value.readingMinutes === 'number' ? value.readingMinutes : 0,
    missingImages: typeof value.missingImages === 'number' ? value.missingImages : 0,
    keyFigures: ((value.keyFigures as unknown[] | undefined) ?? []).map((figure) => keyFigure(figure, where)),
    images: ((value.images as unknown[] | undefined) ?? []).map((entry) => image(entry, where)),
  };
}

/** Checks a whole backup before anything is written; throws BackupError at the first problem. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('the file is not valid JSON');
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('the file is not a Lisible library backup');
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION) throw new BackupError('the backup comes from a newer version of Lisible');
  if (!Array.isArray(data.articles)) throw new BackupError('the backup has no list of articles');
  return {
    format: BACKUP_FORMAT,
    version: data.version,
    exportedAt: isString(data.exportedAt) ? data.exportedAt : '',
    articles: data.articles.map(article),
  };
}
