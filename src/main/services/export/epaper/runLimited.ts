// runLimited.ts: starts work for every item, at most `limit` at a time, and answers each item
// with its promise, in item order, so a caller can await them one by one (progress per page)
// while the rest keep running. For work that holds memory while it runs (a page's pixels): all
// 16 pages of an edition at once would hold all their pixels at once.
export interface Pending<T, R> {
  readonly item: T;
  readonly result: Promise<R>;
}

export function runLimited<T, R>(limit: number, items: readonly T[], run: (item: T, index: number) => Promise<R>): Array<Pending<T, R>> {
  const waiting: Array<() => void> = [];
  let active = 0;
  const startNext = (): void => {
    while (active < limit) {
      const start = waiting.shift();
      if (start === undefined) return;
      active++;
      start();
    }
  };
  const pending = items.map((item, index) => ({
    item,
    result: new Promise<R>((resolve, reject) => {
      waiting.push(() => {
        // A synchronous throw in `run` is this item's failure, not the caller's.
        Promise.resolve()
          .then(() => run(item, index))
          .then(resolve, reject)
          .finally(() => {
            active--;
            startNext();
          });
      });
    }),
  }));
  startNext();
  return pending;
}
