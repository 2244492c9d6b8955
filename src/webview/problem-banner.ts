// The banner shown over the last good diagram while the document has errors.
import type { PreviewProblems } from '../shared/preview-messages.js';

export class ProblemBanner {
    constructor(
        private readonly element: HTMLElement,
        onActivate: () => void,
    ) {
        element.addEventListener('click', onActivate);
        element.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onActivate();
            }
        });
    }

    /** Shows the error count and the first error; the text is the user's, so only via textContent. */
    showProblems(problems: PreviewProblems, hasDiagram: boolean): void {
        const count = problems.errorCount === 1 ? '1 error' : `${problems.errorCount} errors`;
        const line = problems.firstError.range.start.line + 1;
        const kept = hasDiagram ? ' The diagram shows the last version without errors.' : '';
        this.element.textContent = `${count} in the document. Line ${line}: ${problems.firstError.message}${kept} Click to go to the error.`;
        this.element.title = 'Go to the first error';
        this.element.classList.add('clickable');
        this.element.hidden = false;
    }

    /** A sentence for the user that does not lead anywhere (Graphviz failed, no server). */
    showMessage(message: string): void {
        this.element.textContent = message;
        this.element.removeAttribute('title');
        this.element.classList.remove('clickable');
        this.element.hidden = false;
    }

    get showsProblems(): boolean {
        return !this.element.hidden && this.element.classList.contains('clickable');
    }

    hide(): void {
        this.element.hidden = true;
        this.element.textContent = '';
    }
}
