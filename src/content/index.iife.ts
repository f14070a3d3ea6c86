import type { ContentRequest, ContentResponses } from '../shared/messages';
import { reply } from '../shared/reply';
import { onMessage } from './runtime';
import { PageReader } from './page-reader';
import { ReaderFrame } from './reader-frame';
import { ConsentGate } from './consent-gate';

type Flagged = typeof globalThis & { lisibleLoaded?: boolean };

// Injected again on each user action; the isolated world keeps this flag between injections.
if (!(globalThis as Flagged).lisibleLoaded) {
  (globalThis as Flagged).lisibleLoaded = true;
  const page = new PageReader(window);
  const frame = new ReaderFrame(window);

  const consent = new ConsentGate(window);
  void consent.ready();

  const handle = async (request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> => {
    switch (request.type) {
      case 'content/reader-state':
        return { readerOpen: frame.isOpen };
      case 'content/article':
        await consent.ready();
        return page.article();
      case 'content/toggle-reader': {
        await consent.ready();
        const open = request.open ?? !frame.isOpen;
        if (open) frame.open(); else frame.close();
        return { open: frame.isOpen };
      }
      case 'content/reader-rendered':
        frame.markReady();
        return null;
      case 'content/close-reader':
        frame.close();
        return null;
    }
  };

  onMessage((message) => reply(() => handle(message as ContentRequest)));
}
