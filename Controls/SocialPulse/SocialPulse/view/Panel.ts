import { html } from "./Elements";

/**
 * One titled region of the pulse with its states: loading (aria-busy), empty, error (role="alert") and ready. Screen
 * readers hear the region's name and every state change.
 */
export class Panel {
    public readonly element: HTMLElement;
    private readonly body: HTMLElement;

    public constructor(public readonly name: string, title: string) {
        const headingId = `pulse-${name}-heading`;
        this.body = html("div", { class: "pulse-panel__body", "aria-live": "polite" });
        this.element = html("section", { class: "pulse-panel", "data-panel": name, "aria-labelledby": headingId },
            html("h3", { id: headingId, class: "pulse-panel__title" }, title),
            this.body);
    }

    public loading(): void {
        this.setState("loading", html("p", { class: "pulse-panel__note" }, "Loading…"));
        this.element.setAttribute("aria-busy", "true");
    }

    public empty(message: string): void {
        this.setState("empty", html("p", { class: "pulse-panel__note" }, message));
    }

    public error(message: string): void {
        this.setState("error", html("p", { class: "pulse-panel__error", role: "alert" }, message));
    }

    public ready(...content: Node[]): void {
        this.setState("ready", ...content);
    }

    public get state(): string {
        return this.element.getAttribute("data-state") ?? "";
    }

    private setState(state: string, ...content: Node[]): void {
        this.element.setAttribute("data-state", state);
        this.element.removeAttribute("aria-busy");
        this.body.replaceChildren(...content);
    }
}
