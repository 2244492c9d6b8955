// Zoom (wheel, buttons, keys), pan (drag, arrow keys) and fit for the diagram, as one CSS transform.
// The transform lives on the container, not the SVG, so it survives a new diagram being swapped in.

export interface ViewTransform {
    scale: number;
    x: number;
    y: number;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const ZOOM_STEP = 1.25;
/** A pointer that moves less than this between down and up is a click, not a drag. */
const CLICK_TOLERANCE_PX = 4;
/** However the user zooms or pans, at least this much of the drawing (or all of it, if smaller) stays in view. */
const KEEP_IN_VIEW_PX = 48;

export class PanZoom {
    private transform: ViewTransform = { scale: 1, x: 0, y: 0 };
    /** Fitted, and not zoomed or panned since: a new drawing or a resized pane is fitted again. */
    private fitted = false;
    private drag: { pointerId: number; startX: number; startY: number; originX: number; originY: number; moved: boolean } | undefined;
    /** True right after a drag ended, so the click the browser fires next is not taken as a node click. */
    private suppressClick = false;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly canvas: HTMLElement,
        private readonly onChange: (transform: ViewTransform, atFit: boolean) => void,
    ) {
        viewport.addEventListener('wheel', event => this.onWheel(event), { passive: false });
        viewport.addEventListener('pointerdown', event => this.onPointerDown(event));
        viewport.addEventListener('pointermove', event => this.onPointerMove(event));
        viewport.addEventListener('pointerup', event => this.onPointerUp(event));
        viewport.addEventListener('pointercancel', event => this.onPointerUp(event));
        viewport.addEventListener('keydown', event => this.onKey(event));
        viewport.addEventListener('click', event => {
            if (this.suppressClick) {
                event.stopPropagation();
                this.suppressClick = false;
            }
        }, { capture: true });
        new ResizeObserver(() => {
            if (this.fitted) this.fit();
            else this.apply();
        }).observe(viewport);
    }

    get current(): ViewTransform {
        return { ...this.transform };
    }

    /** True while the drawing is as `fit` left it. */
    get atFit(): boolean {
        return this.fitted;
    }

    /** Sets zoom and pan (the user's own, or restored): the drawing is no longer at fit unless `atFit`. */
    set(transform: ViewTransform, atFit = false): void {
        this.fitted = atFit;
        this.transform = this.keptInView({ scale: clamp(transform.scale), x: transform.x, y: transform.y });
        this.apply();
    }

    /**
     * Zooms by `factor` around a point of the viewport: the pointer's, or else the centre of the
     * part of the drawing in view (the viewport's centre may be empty space beside it).
     */
    zoomBy(factor: number, at?: { x: number; y: number }): void {
        const point = at ?? this.visibleDrawingCentre();
        const scale = clamp(this.transform.scale * factor);
        const ratio = scale / this.transform.scale;
        this.set({
            scale,
            x: point.x - (point.x - this.transform.x) * ratio,
            y: point.y - (point.y - this.transform.y) * ratio,
        });
    }

    zoomIn(): void {
        this.zoomBy(ZOOM_STEP);
    }

    zoomOut(): void {
        this.zoomBy(1 / ZOOM_STEP);
    }

    panBy(dx: number, dy: number): void {
        this.set({ ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy });
    }

    /** Scales the diagram to fit the viewport (never above 100 %), centred across and at the top, where the title is. */
    fit(): void {
        const size = this.contentSize();
        const rect = this.viewport.getBoundingClientRect();
        if (!size || rect.width === 0 || rect.height === 0) return;
        const margin = 8;
        const scale = clamp(Math.min(1, (rect.width - 2 * margin) / size.width, (rect.height - 2 * margin) / size.height));
        this.set({ scale, x: (rect.width - size.width * scale) / 2, y: margin }, true);
    }

    /** The centre of the drawing's part inside the viewport; the drawing's centre when none is. */
    private visibleDrawingCentre(): { x: number; y: number } {
        const rect = this.viewport.getBoundingClientRect();
        const size = this.contentSize();
        if (!size) return { x: rect.width / 2, y: rect.height / 2 };
        const { scale, x, y } = this.transform;
        const left = Math.max(0, x);
        const right = Math.min(rect.width, x + size.width * scale);
        const top = Math.max(0, y);
        const bottom = Math.min(rect.height, y + size.height * scale);
        if (right <= left || bottom <= top) return { x: x + (size.width * scale) / 2, y: y + (size.height * scale) / 2 };
        return { x: (left + right) / 2, y: (top + bottom) / 2 };
    }

    /** Moves the drawing back so that some of it stays in the viewport. */
    private keptInView(transform: ViewTransform): ViewTransform {
        const size = this.contentSize();
        const rect = this.viewport.getBoundingClientRect();
        if (!size || rect.width === 0 || rect.height === 0) return transform;
        const width = size.width * transform.scale;
        const height = size.height * transform.scale;
        const keepX = Math.min(KEEP_IN_VIEW_PX, width, rect.width);
        const keepY = Math.min(KEEP_IN_VIEW_PX, height, rect.height);
        return {
            scale: transform.scale,
            x: Math.min(rect.width - keepX, Math.max(keepX - width, transform.x)),
            y: Math.min(rect.height - keepY, Math.max(keepY - height, transform.y)),
        };
    }

    private contentSize(): { width: number; height: number } | undefined {
        const svg = this.canvas.querySelector('svg');
        if (!svg) return undefined;
        const width = svg.width.baseVal.value;
        const height = svg.height.baseVal.value;
        return width > 0 && height > 0 ? { width, height } : undefined;
    }

    private apply(): void {
        const { scale, x, y } = this.transform;
        this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
        this.onChange(this.current, this.fitted);
    }

    private onWheel(event: WheelEvent): void {
        event.preventDefault();
        const rect = this.viewport.getBoundingClientRect();
        // Trackpad pinches arrive as wheel events with ctrlKey; plain wheels zoom too, as in image viewers.
        const factor = Math.exp(-event.deltaY * (event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 0.05 : 0.002));
        this.zoomBy(factor, { x: event.clientX - rect.left, y: event.clientY - rect.top });
    }

    private onPointerDown(event: PointerEvent): void {
        if (event.button !== 0) return;
        this.drag = {
            pointerId: event.pointerId,
            startX: event.clientX,
            startY: event.clientY,
            originX: this.transform.x,
            originY: this.transform.y,
            moved: false,
        };
    }

    private onPointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        const dx = event.clientX - drag.startX;
        const dy = event.clientY - drag.startY;
        if (!drag.moved && Math.hypot(dx, dy) < CLICK_TOLERANCE_PX) return;
        if (!drag.moved) {
            drag.moved = true;
            this.viewport.setPointerCapture(event.pointerId);
            this.viewport.classList.add('dragging');
        }
        this.set({ ...this.transform, x: drag.originX + dx, y: drag.originY + dy });
    }

    private onPointerUp(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        this.drag = undefined;
        this.viewport.classList.remove('dragging');
        if (drag.moved) {
            this.suppressClick = true;
            if (this.viewport.hasPointerCapture(event.pointerId)) this.viewport.releasePointerCapture(event.pointerId);
        }
    }

    private onKey(event: KeyboardEvent): void {
        const step = 40;
        switch (event.key) {
            case '+':
            case '=':
                this.zoomIn();
                break;
            case '-':
            case '_':
                this.zoomOut();
                break;
            case '0':
                this.fit();
                break;
            case 'ArrowLeft':
                this.panBy(step, 0);
                break;
            case 'ArrowRight':
                this.panBy(-step, 0);
                break;
            case 'ArrowUp':
                this.panBy(0, step);
                break;
            case 'ArrowDown':
                this.panBy(0, -step);
                break;
            default:
                return;
        }
        event.preventDefault();
    }
}

function clamp(scale: number): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Number.isFinite(scale) ? scale : 1));
}
