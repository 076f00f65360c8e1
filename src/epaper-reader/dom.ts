// dom.ts: element builders for the reader's views. Text always goes in through text nodes and
// attributes through setAttribute, so nothing from the edition is ever parsed as HTML.

type Child = Node | string | null;

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) if (child !== null) parent.append(child);
}

/** An HTML element with attributes (a `null` value leaves the attribute out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | null>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null) element.setAttribute(name, value);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, likewise. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | null>> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null) element.setAttribute(name, value);
  append(element, children);
  return element;
}

/** The first element matching `selector`, which the page is known to have. */
export function must<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (found === null) throw new Error(`epaper reader: the page has no ${selector}`);
  return found;
}

/** True when a key press belongs to a text field and must not be taken as a shortcut. */
export function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
