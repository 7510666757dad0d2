import { MentionPoint } from "./Pulse";

export interface Series {
    network: string;
    points: MentionPoint[];
}

/** One series per network, networks in alphabetical order, each series in time order. */
export function seriesByNetwork(points: readonly MentionPoint[]): Series[] {
    const byNetwork = new Map<string, MentionPoint[]>();
    for (const point of points) {
        const list = byNetwork.get(point.network) ?? [];
        list.push(point);
        byNetwork.set(point.network, list);
    }
    return [...byNetwork.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([network, list]) => ({ network, points: list.sort((a, b) => a.postedOn.getTime() - b.postedOn.getTime()) }));
}

export interface TimeScale {
    x(time: Date): number;
    y(score: number | null): number;
}

/** Maps time to the plot's width and sentiment (−1..1, unscored at 0) to its height, top positive. */
export function scaleFor(points: readonly MentionPoint[], left: number, right: number, top: number, bottom: number): TimeScale {
    const times = points.map(p => p.postedOn.getTime());
    const first = Math.min(...times);
    const last = Math.max(...times);
    const span = last - first || 1;
    return {
        x: time => (points.length < 2 ? (left + right) / 2 : left + ((time.getTime() - first) / span) * (right - left)),
        y: score => top + ((1 - (score ?? 0)) / 2) * (bottom - top),
    };
}
