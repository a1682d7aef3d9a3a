/**
 * The first layer's way of drawing: plain DOM, one small element builder.
 * The first layer is three buttons, a text and a link; Preact would be most
 * of its file (4.5 kB gzipped of ~9), so it comes only with the preferences.
 */
type Child = Node | string | false | null | undefined;

/**
 * `<tag>` with these attributes (`undefined`/`false` ones left out; a function
 * under `on<event>` becomes its listener) and children (falsy ones left out).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | boolean | undefined | ((event: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}
