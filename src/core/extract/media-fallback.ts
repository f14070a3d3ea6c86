/**
 * What a <video> or <audio> holds besides its sources and tracks is shown only
 * by browsers that cannot play it ("Your browser does not support the video
 * tag"): never something to read.
 */
export function removeMediaFallback(content: Element): void {
  for (const media of Array.from(content.querySelectorAll('video, audio'))) {
    for (const child of Array.from(media.childNodes)) {
      if (child.nodeType === 1 && ((child as Element).tagName === 'SOURCE' || (child as Element).tagName === 'TRACK')) continue;
      child.remove();
    }
  }
}
