import DOMPurify from 'dompurify';
import type { FullArticle } from '../../shared/library-store';
import { imageUrls, leadImageUrl } from '../../shared/library/image-urls';
import { formatDate } from '../../shared/format-date';
import { t, uiLocale } from '../../shared/i18n';
import { zip, type ZipEntry } from './zip';

const XHTML = 'http://www.w3.org/1999/xhtml';
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg', 'image/avif': 'avif',
};
const STYLE = `body{font-family:serif;line-height:1.5}img{max-width:100%}.site,.meta{color:#555;font-size:.85em}
figure{margin:1em 0}blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}`;

const encoder = new TextEncoder();

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

interface Chapter { file: string; title: string; lang: string; xhtml: string }
interface Picture { file: string; type: string; data: Uint8Array }

/**
 * The article body as XHTML, its stored images pointing at files of the book.
 * Images that are not stored are dropped: e-readers do not fetch from the web.
 */
async function chapter(entry: FullArticle, n: number, pictures: Picture[]): Promise<Chapter> {
  const { article, images } = entry;
  const files = new Map<string, string>();
  for (const [k, image] of images.entries()) {
    const file = `images/a${n}-${k}.${EXTENSIONS[image.blob.type] ?? 'bin'}`;
    files.set(image.url, file);
    pictures.push({ file, type: image.blob.type || 'application/octet-stream', data: new Uint8Array(await image.blob.arrayBuffer()) });
  }
  const lead = leadImageUrl(article);
  const leadFigure = lead && files.has(lead) && !imageUrls(article.html).includes(lead) ? `<figure><img src="${escape(lead)}" alt=""></figure>` : '';
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${DOMPurify.sanitize(leadFigure + article.html)}`, 'text/html');
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const file = files.get(img.getAttribute('src') ?? '');
    if (!file) { img.remove(); continue; }
    img.setAttribute('src', file);
    for (const name of ['srcset', 'sizes', 'loading']) img.removeAttribute(name);
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }
  for (const source of Array.from(doc.body.querySelectorAll('source'))) source.remove();
  const body = new XMLSerializer().serializeToString(doc.body).replace(/^<body[^>]*>|<\/body>$/g, '');
  const meta = [article.byline, formatDate(article.publishedTime)].filter(Boolean).join(' · ');
  const title = article.title || t('libraryUntitled');
  const lang = article.lang ?? uiLocale();
  const xhtml = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML}" lang="${escape(lang)}" xml:lang="${escape(lang)}" dir="${article.dir}">
<head><title>${escape(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body><article>
${article.siteName ? `<p class="site">${escape(article.siteName)}</p>` : ''}<h1>${escape(title)}</h1>
${meta ? `<p class="meta">${escape(meta)}</p>` : ''}<p class="meta">${escape(t('librarySource'))}: <a href="${escape(article.url)}">${escape(article.url)}</a></p>
${body}
</article></body></html>`;
  return { file: `article-${n}.xhtml`, title, lang, xhtml };
}

/** One or several articles as an EPUB 3 book, one chapter per article, images included. */
export async function articlesEpub(entries: FullArticle[], now = new Date()): Promise<Blob> {
  const pictures: Picture[] = [];
  const chapters: Chapter[] = [];
  for (const [n, entry] of entries.entries()) chapters.push(await chapter(entry, n, pictures));
  const bookTitle = chapters.length === 1 ? chapters[0]!.title : t('libraryTitle');
  const lang = chapters[0]?.lang ?? uiLocale();
  const modified = `${now.toISOString().slice(0, 19)}Z`;
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escape(lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">urn:uuid:${crypto.randomUUID()}</dc:identifier>
<dc:title>${escape(bookTitle)}</dc:title>
<dc:language>${escape(lang)}</dc:language>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="style" href="style.css" media-type="text/css"/>
${chapters.map((c, n) => `<item id="c${n}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n')}
${pictures.map((p, n) => `<item id="i${n}" href="${p.file}" media-type="${escape(p.type)}"/>`).join('\n')}
</manifest>
<spine>
${chapters.map((_, n) => `<itemref idref="c${n}"/>`).join('\n')}
</spine>
</package>`;
  const nav = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML}" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escape(lang)}" xml:lang="${escape(lang)}">
<head><title>${escape(bookTitle)}</title></head>
<body><nav epub:type="toc"><h1>${escape(bookTitle)}</h1><ol>
${chapters.map((c) => `<li><a href="${c.file}">${escape(c.title)}</a></li>`).join('\n')}
</ol></nav></body></html>`;
  const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;
  const text = (name: string, content: string): ZipEntry => ({ name, data: encoder.encode(content) });
  return zip([
    // The first file, stored, as the EPUB container format requires.
    text('mimetype', 'application/epub+zip'),
    text('META-INF/container.xml', container),
    text('OEBPS/content.opf', opf),
    text('OEBPS/nav.xhtml', nav),
    text('OEBPS/style.css', STYLE),
    ...chapters.map((c) => text(`OEBPS/${c.file}`, c.xhtml)),
    ...pictures.map((p) => ({ name: `OEBPS/${p.file}`, data: p.data })),
  ], 'application/epub+zip');
}
