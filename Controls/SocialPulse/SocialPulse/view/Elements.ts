// Small builders for HTML and SVG elements, so the views read as the markup they make.

type Attributes = Record<string, string | number | boolean | null | undefined>;

function apply(element: Element, attributes: Attributes): void {
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== null && value !== undefined && value !== false) {
            element.setAttribute(name, value === true ? "" : String(value));
        }
    }
}

export function html<K extends keyof HTMLElementTagNameMap>(
    tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    apply(element, attributes);
    element.append(...children);
    return element;
}

const svgNamespace = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
    tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
    const element = document.createElementNS(svgNamespace, tag) as SVGElementTagNameMap[K];
    apply(element, attributes);
    element.append(...children);
    return element;
}

/** A date and time as the user's browser writes them. */
export function formatTime(time: Date): string {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(time);
}
