// browser.ts: the few browser globals renderer modules read (window.location, Web Storage),
// faked so the specs run in plain Node. Install with vi.stubGlobal('window', fakeWindow(…)).

/** Web Storage over a Map; `broken` makes every access throw, as a disabled storage does. */
export class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly broken = false) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.check();
    this.items.clear();
  }
  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.check();
    this.items.set(key, value);
  }
  private check(): void {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

export interface FakeWindow {
  location: { search: string };
  sessionStorage: Storage;
  localStorage: Storage;
  galley?: unknown;
}

export function fakeWindow(options: { search?: string; sessionStorage?: Storage; localStorage?: Storage; galley?: unknown } = {}): FakeWindow {
  return {
    location: { search: options.search ?? '' },
    sessionStorage: options.sessionStorage ?? new FakeStorage(),
    localStorage: options.localStorage ?? new FakeStorage(),
    ...(options.galley === undefined ? {} : { galley: options.galley }),
  };
}
