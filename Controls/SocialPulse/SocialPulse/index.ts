import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { formRecord } from "./data/FormRecord";
import { PulseReader } from "./data/PulseReader";
import { PulseBoard } from "./view/PulseBoard";

/**
 * SocialCrm.SocialPulse: a standard control that reads the form's record through context.webAPI and draws the social
 * pulse into its container. Lifecycle: https://learn.microsoft.com/power-apps/developer/component-framework/reference/control
 */
export class SocialPulse implements ComponentFramework.StandardControl<IInputs, IOutputs> {
    private container!: HTMLDivElement;
    private board: PulseBoard | null = null;

    public init(context: ComponentFramework.Context<IInputs>, _notifyOutputChanged: () => void, _state: ComponentFramework.Dictionary, container: HTMLDivElement): void {
        this.container = container;
        // Asks the form for updateView calls with allocatedWidth whenever the form's width changes.
        context.mode.trackContainerResize(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): void {
        const width = context.mode.allocatedWidth > 0 ? context.mode.allocatedWidth : this.container.clientWidth;
        if (this.board === null) {
            const maxMentions = context.parameters.maxMentions?.raw ?? 250;
            this.board = new PulseBoard(new PulseReader(context.webAPI, maxMentions), formRecord(context));
            this.container.replaceChildren(this.board.element);
            this.board.load(width);
        } else {
            this.board.resize(width);
        }
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.container.replaceChildren();
        this.board = null;
    }
}
