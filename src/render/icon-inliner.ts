// Finds the icons a diagram draws, reads only those readIcon allows, and inlines them into the SVG as data URIs.
import type { ImageSize } from '@viz-js/viz';
import { URI } from 'langium';
import type { DotIcon } from '../diagram/dot-generator.js';
import type { Diagram } from '../diagram/diagram-model.js';
import { readIcon } from '../language/icon-files.js';import { ICON_IMAGE_NAME, iconImageName } from '../shared/diagram-rendering.js';
import { imageSize } from './image-size.js';

export interface IconProblem {
    cert: string;
    severity: 'error' | 'warning';
    message: string;
}

export interface ResolvedIcons {
    /** For the DOT generator: the image each cert's nodes show. */
    byCert: Map<string, DotIcon>;
    /** For Graphviz: the size of each named image. */
    sizes: ImageSize[];
    /** Data URIs by image name, to put into the SVG. */
    dataUris: Map<string, string>;
    /** Icons that were not drawn, and why. */
    problems: IconProblem[];
}

/**
 * Resolves every cert icon of the diagram. A cert's icon is relative to the file that declares
 * the cert and must lie in that file's folder tree or one of `allowedRoots` (the workspace);
 * only files readIcon accepts as PNG, JPEG or SVG are inlined, read through the handle that was
 * checked. Catalog certs have no files.
 */
export async function resolveIcons(diagram: Diagram, allowedRoots: string[]): Promise<ResolvedIcons> {
    const resolved: ResolvedIcons = { byCert: new Map(), sizes: [], dataUris: new Map(), problems: [] };
    for (const node of diagram.nodes) {
        if (!node.icon || resolved.byCert.has(node.cert) || resolved.problems.some(p => p.cert === node.cert)) continue;
        const declaredIn = URI.parse(node.icon.declaredIn);
        if (declaredIn.scheme !== 'file') continue;
        const inspection = await readIcon(declaredIn.fsPath, node.icon.text, allowedRoots, 'whole');
        if (inspection.kind === 'problem') {
            resolved.problems.push({ cert: node.cert, severity: inspection.severity, message: inspection.message });
            continue;
        }
        const bytes = inspection.bytes;
        const size = imageSize(bytes, inspection.mime) ?? { width: 32, height: 32 };
        const name = iconImageName(resolved.sizes.length + 1);
        resolved.byCert.set(node.cert, { src: name, width: size.width, height: size.height });
        resolved.sizes.push({ name, width: size.width, height: size.height });
        resolved.dataUris.set(name, `data:${inspection.mime};base64,${Buffer.from(bytes).toString('base64')}`);
    }
    return resolved;
}

/** Replaces the image names Graphviz wrote into the SVG with the images' data URIs. */
export function inlineIcons(svg: string, dataUris: ReadonlyMap<string, string>): string {
    if (dataUris.size === 0) return svg;
    return svg.replace(/xlink:href="([^"]*)"/g, (whole, name: string) => {
        const uri = ICON_IMAGE_NAME.test(name) ? dataUris.get(name) : undefined;
        return uri ? `xlink:href="${uri}"` : whole;
    });
}
