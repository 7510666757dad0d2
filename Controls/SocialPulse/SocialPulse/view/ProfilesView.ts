import { SocialProfile } from "../model/Pulse";
import { html } from "./Elements";

/** The person's identity on each network, with followers and influence (0–100) drawn as a meter. */
export function profilesView(profiles: readonly SocialProfile[]): HTMLElement {
    return html("ul", { class: "pulse-profiles" }, ...profiles.map(profile => {
        const influence = profile.influence ?? 0;
        const name = profile.profileUrl === null
            ? html("span", { class: "pulse-profile__handle" }, `@${profile.handle}`)
            : html("a", { class: "pulse-profile__handle", href: profile.profileUrl, target: "_blank", rel: "noopener noreferrer" }, `@${profile.handle}`);
        return html("li", { class: "pulse-profile", "data-profile-id": profile.id, "data-network": profile.network },
            html("span", { class: "pulse-profile__network" }, profile.network),
            name,
            html("span", { class: "pulse-profile__name" }, profile.displayName + (profile.verified ? " ✓" : "")),
            html("span", { class: "pulse-profile__followers" }, profile.followers === null ? "" : `${profile.followers.toLocaleString()} followers`),
            html("span", {
                class: "pulse-profile__influence", role: "meter", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": influence,
                "aria-label": `Influence of @${profile.handle} on ${profile.network}`, "data-influence": influence,
            }, html("span", { class: "pulse-profile__influence-bar", style: `width:${influence}%` }), html("span", { class: "pulse-profile__influence-value" }, String(influence))));
    }));
}
