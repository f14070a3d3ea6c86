/** Messages between the library page and its search worker. */
export type SearchRequest =
  | { type: 'load' }
  | { type: 'query'; seq: number; query: string };

export type SearchReply =
  | { type: 'ready' }
  /** ids: the matching articles, or null when the query has no words (everything matches). */
  | { type: 'result'; seq: number; ids: string[] | null };
