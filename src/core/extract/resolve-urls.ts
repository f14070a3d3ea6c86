import { webAddress } from './page-url';

// Attributes where lazy-loading scripts park the real image until it scrolls into view.
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
// A src that is only a placeholder: a data: URI, a spacer, or nothing.
const PLACEHOLDER = /^(data:|about:blank|$)|(blank|spacer|pixel|placeholder|transparent|lazy|loading)[^/]*\.(gif|png|svg)/i;

/** A URL made absolute against the page's address; left as it is when it cannot be. */
export function absolute(value: string, base: URL | null): string {
  if (!base) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/** Every candidate of a srcset made absolute. */
export function absoluteSrcset(value: string, base: URL | null): string {
  return value.split(',').map((part) => {
    const [url = '', ...descriptor] = part.trim().split(/\s+/);
    return [absolute(url, base), ...descriptor].join(' ');
  }).filter((s) => s.trim()).join(', ');
}

/** Replaces a placeholder img by the one its <noscript> sibling carries for script-less readers. */
function unwrapNoscriptImages(root: ParentNode): void {
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) {
    const markup = noscript.textContent ?? '';
    if (!/<img\b/i.test(markup) || markup.length > 5000) continue;
    const doc = noscript.ownerDocument;
    const holder = doc.createElement('div');
    holder.innerHTML = markup;
    const img = holder.querySelector('img');
    if (!img) continue;
    const previous = noscript.previousElementSibling;
    if (previous?.tagName === 'IMG' && PLACEHOLDER.test(previous.getAttribute('src') ?? '')) previous.remove();
    noscript.replaceWith(img);
  }
}

function resolveLazyImage(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  if (PLACEHOLDER.test(src)) {
    const real = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (real) img.setAttribute('src', real);
  }
  if (!img.getAttribute('srcset')) {
    const set = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
    if (set) img.setAttribute('srcset', set);
  }
  const src2 = img.getAttribute('src') ?? '';
  if (PLACEHOLDER.test(src2)) {
    // Last resort: the first candidate of the srcset.
    const first = img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0];
    if (first && !first.startsWith('data:')) img.setAttribute('src', first);
  }
}

/** Lazy <picture> sources carry data-srcset too. */
function resolveLazySource(source: Element): void {
  if (source.getAttribute('srcset')) return;
  const set = LAZY_SRCSET.map((a) => source.getAttribute(a)).find(Boolean);
  if (set) source.setAttribute('srcset', set);
}

function insidePicture(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.localName === 'picture') return true;
  return false;
}

/**
 * The elements `a[href], img[src], source[src], video[src], audio[src],
 * video[poster], img[srcset], source[srcset]` selects, told after their lazy
 * attributes are resolved.
 */
function carriesUrl(el: Element): boolean {
  switch (el.localName) {
    case 'a': return el.hasAttribute('href');
    case 'img': case 'source': return el.hasAttribute('src') || el.hasAttribute('srcset');
    case 'video': return el.hasAttribute('src') || el.hasAttribute('poster');
    case 'audio': return el.hasAttribute('src');
    default: return false;
  }
}

function makeAbsolute(el: Element, base: URL): void {
  for (const attr of ['href', 'src', 'poster']) {
    const value = el.getAttribute(attr);
    if (value === null || /^(#|javascript:|mailto:|tel:|data:)/i.test(value.trim())) continue;
    el.setAttribute(attr, absolute(value, base));
  }
  const srcset = el.getAttribute('srcset');
  if (srcset) el.setAttribute('srcset', absoluteSrcset(srcset, base));
}

/**
 * Makes lazy images real and every link and media URL absolute against the page URL.
 * Each step changes only the element it reads: one walk does them all, element by element.
 */
export function resolveUrls(root: ParentNode, pageUrl: string | null): void {
  const base = webAddress(pageUrl);
  unwrapNoscriptImages(root);
  for (const el of Array.from(root.querySelectorAll('img, source, a[href], video, audio'))) {
    if (el.localName === 'source' && insidePicture(el)) resolveLazySource(el);
    else if (el.localName === 'img') resolveLazyImage(el);
    if (base && carriesUrl(el)) makeAbsolute(el, base);
  }
}
