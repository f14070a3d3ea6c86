import DOMPurify from 'dompurify';
import type { FullArticle } from '../../shared/library-store';
import { offlineArticle } from '../../shared/library/offline-article';
import { formatDate } from '../../shared/format-date';
import { t } from '../../shared/i18n';

const STYLE = `body{margin:0;font:19px/1.6 Georgia,serif;color:#1b1b1b;background:#fff}
article{max-width:68ch;margin:0 auto;padding:1rem 1.25rem 3rem}article+article{border-top:1px solid #ddd}
.site{color:#555;text-transform:uppercase;letter-spacing:.05em;font-size:.75em}.meta{color:#555;font-size:.85em}
h1{line-height:1.2}img,video{max-width:100%;height:auto}a{color:#0b57a4}
pre{overflow-x:auto;background:#f3f3f3;padding:.8em}blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ddd;color:#555}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#15171a}a{color:#8ab8ff}pre{background:#22262b}}`;

// The file may be opened anywhere: no script, nothing fetched but images.
const CSP = "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'";

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function articleSection(entry: FullArticle): Promise<string> {
  const { article } = entry;
  const body = DOMPurify.sanitize((await offlineArticle(entry)).html);
  const meta = [article.byline, formatDate(article.publishedTime)].filter(Boolean).join(' · ');
  return `<article lang="${escape(article.lang ?? '')}" dir="${article.dir}">
<header>${article.siteName ? `<p class="site">${escape(article.siteName)}</p>` : ''}
<h1>${escape(article.title || t('libraryUntitled'))}</h1>
${meta ? `<p class="meta">${escape(meta)}</p>` : ''}
<p class="meta">${escape(t('librarySource'))}: <a href="${escape(article.url)}">${escape(article.url)}</a></p></header>
${body}
</article>`;
}

/** One or several articles as one standalone HTML file, images included, readable offline. */
export async function articlesHtml(entries: FullArticle[]): Promise<string> {
  const title = entries.length === 1 ? entries[0]!.article.title : t('libraryTitle');
  const sections = await Promise.all(entries.map(articleSection));
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
