import { MentionPoint } from "../model/Pulse";
import { scaleFor, seriesByNetwork } from "../model/Timeline";
import { formatTime, html, svg } from "./Elements";

const height = 220;
const margin = { left: 36, right: 20, top: 16, bottom: 28 };
// Networks are told apart by the line's dash as well as its colour, so the series stay distinct without colour vision.
const dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

/**
 * The sentiment timeline: one line per network over time, each mention a point coloured by its label, an escalation a
 * ringed point. Every point takes focus (Tab, or arrow keys inside the chart) and shows its text, time and network.
 */
export function timelineView(points: readonly MentionPoint[], width: number): HTMLElement {
    const series = seriesByNetwork(points);
    const scale = scaleFor(points, margin.left, width - margin.right, margin.top, height - margin.bottom);
    const tooltip = html("div", { class: "pulse-tooltip", role: "tooltip", id: "pulse-tooltip", hidden: true });
    const chart = svg("svg", {
        class: "pulse-timeline__chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "group",
        "aria-label": `Sentiment of ${points.length} mentions over time, one line per network`,
    });

    chart.append(axis(width, scale.y(1), "positive"), axis(width, scale.y(0), "neutral"), axis(width, scale.y(-1), "negative"), timeAxis(points, scale.x));
    series.forEach((line, index) => {
        const group = svg("g", { class: "pulse-series", "data-network": line.network, role: "list", "aria-label": `${line.network}: ${line.points.length} mentions` });
        group.append(svg("polyline", {
            class: `pulse-series__line pulse-series__line--${index % dashes.length}`,
            points: line.points.map(p => `${scale.x(p.postedOn)},${scale.y(p.score)}`).join(" "),
            "stroke-dasharray": dashes[index % dashes.length] || null,
            "aria-hidden": "true",
        }));
        line.points.forEach(point => group.append(pointMark(point, scale.x(point.postedOn), scale.y(point.score), tooltip)));
        chart.append(group);
    });
    chart.addEventListener("keydown", event => moveFocus(chart, event));

    const legend = html("ul", { class: "pulse-legend", "aria-label": "Networks" },
        ...series.map((line, index) => html("li", { class: "pulse-legend__item", "data-network": line.network },
            html("span", { class: `pulse-legend__swatch pulse-series__line--${index % dashes.length}`, "aria-hidden": "true" }),
            `${line.network} (${line.points.length})`)));
    return html("div", { class: "pulse-timeline" }, legend, html("div", { class: "pulse-timeline__plot" }, chart, tooltip));
}

function axis(width: number, y: number, label: string): SVGElement {
    return svg("g", { class: `pulse-axis pulse-axis--${label}`, "aria-hidden": "true" },
        svg("line", { x1: margin.left, x2: width - margin.right, y1: y, y2: y }),
        svg("text", { x: 2, y: y + 4 }, label === "neutral" ? "0" : label === "positive" ? "+1" : "−1"));
}

// The first and last day on the time axis; the points carry their exact times.
function timeAxis(points: readonly MentionPoint[], x: (time: Date) => number): SVGElement {
    const times = points.map(p => p.postedOn.getTime());
    const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
    const first = new Date(Math.min(...times));
    const last = new Date(Math.max(...times));
    return svg("g", { class: "pulse-axis pulse-axis--time", "aria-hidden": "true" },
        svg("text", { x: x(first), y: height - 6, "text-anchor": "start" }, day.format(first)),
        svg("text", { x: x(last), y: height - 6, "text-anchor": "end" }, day.format(last)));
}

function pointMark(point: MentionPoint, x: number, y: number, tooltip: HTMLElement): SVGElement {
    const time = formatTime(point.postedOn);
    const description = `${point.network}, ${time}, ${point.label}${point.escalation ? `, escalated: ${point.escalation}` : ""}: ${point.text}`;
    const mark = svg("g", {
        class: `pulse-point pulse-point--${point.label}${point.escalation ? " pulse-point--escalated" : ""}`,
        tabindex: 0, role: "listitem", "aria-label": description, "aria-describedby": "pulse-tooltip",
        "data-mention-id": point.id, "data-network": point.network, "data-label": point.label,
        "data-posted-on": point.postedOn.toISOString(), "data-escalated": point.escalation !== null,
    });
    if (point.escalation) {
        mark.append(svg("circle", { class: "pulse-point__ring", cx: x, cy: y, r: 9 }));
    }
    mark.append(svg("circle", { class: "pulse-point__dot", cx: x, cy: y, r: 5 }));

    const show = (): void => {
        tooltip.replaceChildren(
            html("strong", {}, `${point.network} · ${time}`),
            html("span", { class: "pulse-tooltip__label" }, point.escalation ? `${point.label} · escalated: ${point.escalation}` : point.label),
            html("span", { class: "pulse-tooltip__text" }, point.text));
        tooltip.style.left = `${Math.max(0, x - 100)}px`;
        tooltip.style.top = `${y + 12}px`;
        tooltip.hidden = false;
    };
    const hide = (): void => { tooltip.hidden = true; };
    mark.addEventListener("mouseenter", show);
    mark.addEventListener("focus", show);
    mark.addEventListener("mouseleave", hide);
    mark.addEventListener("blur", hide);
    return mark;
}

// Left/Right step through the points in time order across networks; Home/End jump to the first and last.
function moveFocus(chart: SVGElement, event: KeyboardEvent): void {
    const marks = Array.from(chart.querySelectorAll<SVGGElement>(".pulse-point"))
        .sort((a, b) => (a.dataset.postedOn ?? "").localeCompare(b.dataset.postedOn ?? ""));
    const current = marks.indexOf(document.activeElement as SVGGElement);
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (next !== undefined && marks[next] !== undefined) {
        marks[next].focus();
        event.preventDefault();
    }
}
