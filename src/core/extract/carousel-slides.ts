import { attributeValue } from '../dom/attribute-value';

// A slide of a carousel library or component: "slick-slide", "swiper-slide", "splide__slide", "carousel-item", "bp-Carousel__cell".
const SLIDE_NAME = /(?:^|[\s_-])(?:slick|swiper|splide|glide|carousel|slider|slideshow|flickity|owl)[_-]+(?:slide|cell|item)(?:\s|$)/i;
// The copies a looping carousel adds at each end ("slick-cloned", "swiper-slide-duplicate", "splide__slide--clone").
const SLIDE_COPY = /clone|duplicate/i;

/**
 * A carousel's slide out of view: hidden from screen readers while another shows,
 * yet on the page a swipe away, unlike the copies a looping carousel adds.
 */
export function isHiddenSlide(el: Element): boolean {
  if (el.hasAttribute('hidden') || attributeValue(el, 'aria-hidden') !== 'true') return false;
  const names = attributeValue(el, 'class');
  return !!names && SLIDE_NAME.test(names) && !SLIDE_COPY.test(names);
}
