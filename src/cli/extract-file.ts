import { readArticle } from '../core/read-article';
import type { Article } from '../core/types';
import { decodePage, InputError, looksBinary } from './decode-page';
import { linkedomWindow, parseWithLinkedom } from './linkedom-window';
import { readPlainText } from './plain-text-input';

export type InputKind = 'html' | 'html.gz' | 'txt';

export interface ExtractRequest {
  /** Name reported in the output: the file name without its extension. */
  file: string;
  kind: InputKind;
  bytes: Uint8Array;
  url: string | null;
  lang: string | null;
}

/** One line of `lisible extract` output. */
export type ExtractResult =
  | { file: string; article: Article; ms: number }
  | { file: string; error: string };

/** Extracts one input; never throws: failures become an error sentence. */
export function extractFile(request: ExtractRequest): ExtractResult {
  const { file } = request;
  try {
    if (request.bytes.length === 0) return { file, error: 'The file is empty.' };
    if (request.kind === 'txt') {
      if (looksBinary(request.bytes)) return { file, error: 'The file is binary, not text.' };
      const source = new TextDecoder('utf-8').decode(request.bytes);
      const t0 = performance.now();
      const article = readPlainText(source, request.lang);
      return { file, article, ms: performance.now() - t0 };
    }
    const html = decodePage(request.bytes, request.kind === 'html.gz');
    if (!/<[a-z!?/]/i.test(html.slice(0, 100_000))) return { file, error: 'The file holds no HTML markup.' };
    const doc = parseWithLinkedom(html);
    if (doc.querySelector('frameset') && !doc.body?.textContent?.trim()) {
      return { file, error: 'The page is a frameset: its content lives in other documents.' };
    }
    const t0 = performance.now();
    const article = readArticle(doc, { url: request.url, window: linkedomWindow(), lang: request.lang, disposable: true });
    const ms = performance.now() - t0;
    if (!article) return { file, error: 'No main content was found in the page.' };
    return { file, article, ms };
  } catch (err) {
    if (err instanceof InputError) return { file, error: err.message };
    return { file, error: `The page could not be read: ${(err as Error).message}` };
  }
}
