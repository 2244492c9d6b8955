// Decides whether a cert's `icon` names a safe local image, sniffing only the file's first bytes.
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { shorten } from './message-text.js';

export type IconMime = 'image/png' | 'image/jpeg' | 'image/svg+xml';

export type IconInspection =
    /** A regular image file inside an allowed folder; `path` is its real (symlink-free) path. */
    | { kind: 'image'; path: string; mime: IconMime }
    | { kind: 'problem'; severity: 'error' | 'warning'; message: string };

/** Icons are inlined into diagrams as data URIs; anything larger is no icon. */
export const MAX_ICON_BYTES = 1024 * 1024;

/** Enough for PNG and JPEG signatures and for an SVG's XML prolog, comments and doctype. */
const SNIFF_BYTES = 4096;

/**
 * Checks the `icon` text of a cert declared in the file at `documentFsPath`. The icon is
 * resolved against the document's folder and must, after following symlinks, lie inside that
 * folder's tree or inside one of `allowedRoots` (the workspace folders). Only then is the file
 * opened, and only its first few kilobytes are read to recognise PNG, JPEG or SVG by content.
 * A missing file is a warning (the author may not have added it yet); anything else is an error.
 */
export function inspectIcon(documentFsPath: string, iconText: string, allowedRoots: string[]): IconInspection {
    const shown = `'${shorten(iconText)}'`;
    if (iconText.trim().length === 0) {
        return error('The icon path is empty; give the path of a PNG, JPEG or SVG file next to this document.');
    }
    // Two or more letters before a colon: a URL scheme (a Windows drive letter has one).
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(iconText)) {
        return error(`The icon ${shown} is a URL; an icon must be a PNG, JPEG or SVG file inside this document's folder.`);
    }
    if (iconText.includes('\0')) {
        return error(`The icon ${shown} is not a valid file path; name a PNG, JPEG or SVG file inside this document's folder.`);
    }
    const documentFolder = dirname(documentFsPath);
    const candidate = resolve(documentFolder, iconText);
    const roots = [documentFolder, ...allowedRoots].map(realFolder).filter((root): root is string => root !== undefined);
    // First judge the path as written, so a file outside the allowed folders is never touched.
    const writtenRoots = [documentFolder, ...allowedRoots.map(root => resolve(root))];
    if (!writtenRoots.some(root => isInside(candidate, root))) {
        return error(`The icon ${shown} lies outside this document's folder and the workspace; move the image next to the document.`);
    }
    let realPath: string;
    try {
        realPath = realpathSync(candidate);
    } catch (cause) {
        const code = (cause as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return { kind: 'problem', severity: 'warning', message: `The icon file ${shown} does not exist; add the image or fix the path (it is relative to this file).` };
        }
        return error(`The icon file ${shown} cannot be read (${code ?? 'unknown error'}); check that it is a readable file.`);
    }
    if (!roots.some(root => isInside(realPath, root))) {
        return error(`The icon ${shown} leads outside this document's folder and the workspace (through a link); use an image inside the folder.`);
    }
    let size: number;
    try {
        const stat = statSync(realPath);
        // Stat before opening: opening a FIFO or device could block or never end.
        if (stat.isDirectory()) return error(`The icon ${shown} is a folder; name a PNG, JPEG or SVG file.`);
        if (!stat.isFile()) return error(`The icon ${shown} is not a regular file; name a PNG, JPEG or SVG file.`);
        size = stat.size;
    } catch (cause) {
        return error(`The icon file ${shown} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'}); check that it is a readable file.`);
    }
    if (size > MAX_ICON_BYTES) {
        return error(`The icon ${shown} is ${(size / (1024 * 1024)).toFixed(1)} MB; an icon may be at most 1 MB.`);
    }
    let head: Uint8Array;
    try {
        head = readHead(realPath);
    } catch (cause) {
        return error(`The icon file ${shown} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'}); check that it is a readable file.`);
    }
    const mime = sniffImage(head);
    if (!mime) {
        return error(`The icon ${shown} is not a PNG, JPEG or SVG image; save the image in one of these formats or name another file.`);
    }
    return { kind: 'image', path: realPath, mime };
}

/** Recognises PNG and JPEG by their signatures and SVG by an `<svg` root element. */
export function sniffImage(head: Uint8Array): IconMime | undefined {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (head.length >= png.length && png.every((byte, i) => head[i] === byte)) return 'image/png';
    if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
    if (head.includes(0)) return undefined;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
    return startsWithSvgRoot(text) ? 'image/svg+xml' : undefined;
}

/** True when, after a BOM, whitespace, XML declaration, comments and doctype, `<svg` opens. */
function startsWithSvgRoot(text: string): boolean {
    let rest = text.replace(/^\uFEFF/, '');
    for (;;) {
        const trimmed = rest.replace(/^\s+/, '');
        const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)/i.exec(trimmed);
        if (!prolog) {
            rest = trimmed;
            break;
        }
        rest = trimmed.slice(prolog[0].length);
    }
    return /^<svg[\s>/]/.test(rest) || /^<[A-Za-z_][\w.-]*:svg[\s>/]/.test(rest);
}

function readHead(path: string): Uint8Array {
    const descriptor = openSync(path, 'r');
    try {
        // The file may have changed since stat; check again on the open descriptor.
        if (!fstatSync(descriptor).isFile()) return new Uint8Array();
        const buffer = new Uint8Array(SNIFF_BYTES);
        const length = readSync(descriptor, buffer, 0, SNIFF_BYTES, 0);
        return buffer.subarray(0, length);
    } finally {
        closeSync(descriptor);
    }
}

function realFolder(folder: string): string | undefined {
    try {
        return realpathSync(resolve(folder));
    } catch {
        return undefined;
    }
}

function isInside(path: string, folder: string): boolean {
    const rel = relative(folder, path);
    return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function error(message: string): IconInspection {
    return { kind: 'problem', severity: 'error', message };
}
