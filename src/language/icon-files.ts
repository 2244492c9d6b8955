// Decides whether a cert's `icon` names a safe local image, and reads it through the one handle it checked.
import { constants } from 'node:fs';
import { open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { shorten } from './message-text.js';

export type IconMime = 'image/png' | 'image/jpeg' | 'image/svg+xml';

export type IconInspection =
    /** A regular image file inside an allowed folder; `path` is its real (symlink-free) path, `bytes` what was read of it. */
    | { kind: 'image'; path: string; mime: IconMime; bytes: Uint8Array }
    | { kind: 'problem'; severity: 'error' | 'warning'; message: string };

/** Icons are inlined into diagrams as data URIs; anything larger is no icon. */
export const MAX_ICON_BYTES = 1024 * 1024;

/** Enough for PNG and JPEG signatures and for an SVG's XML prolog, comments and doctype. */
const SNIFF_BYTES = 4096;

/**
 * Checks the `icon` text of a cert declared in the file at `documentFsPath` and reads the image:
 * its first few kilobytes (`head`, enough to recognise it) or all of it (`whole`, to inline it).
 * The icon is resolved against the document's folder and must, after following symlinks, lie
 * inside that folder's tree or inside one of `allowedRoots` (the workspace folders). Only then is
 * the file opened, once, without following a final symlink and without waiting (a FIFO would block
 * forever), and everything else — that it is a regular file, its size, where it really lies, its
 * content — is judged on that open handle, so swapping the file between the check and the read
 * changes nothing. A missing file is a warning (the author may not have added it yet); anything
 * else is an error. All file access is asynchronous: a slow disk never blocks the language server.
 */
export async function readIcon(documentFsPath: string, iconText: string, allowedRoots: string[], extent: 'head' | 'whole'): Promise<IconInspection> {
    const shown = `'${shorten(iconText)}'`;
    if (iconText.trim().length === 0) {
        return error('The icon path is empty; give the path of a PNG, JPEG or SVG file next to this document.');
    }
    // Two or more letters before a colon: a URL scheme (a Windows drive letter has one).
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(iconText)) {
        return error(`The icon ${shown} is a URL; an icon must be a PNG, JPEG or SVG file inside this document's folder.`);
    }
    if (iconText.includes('\0') || /[\uD800-\uDFFF]/.test(iconText.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
        return error(`The icon ${shown} is not a valid file path; name a PNG, JPEG or SVG file inside this document's folder.`);
    }
    const documentFolder = dirname(documentFsPath);
    const candidate = resolve(documentFolder, iconText);
    // First judge the path as written, so a file outside the allowed folders is never touched.
    const writtenRoots = [documentFolder, ...allowedRoots.map(root => resolve(root))];
    if (!writtenRoots.some(root => isInside(candidate, root))) {
        return error(`The icon ${shown} lies outside this document's folder and the workspace; move the image next to the document.`);
    }
    const roots = (await Promise.all([documentFolder, ...allowedRoots].map(realFolder))).filter((root): root is string => root !== undefined);
    const unreadable = (cause: unknown) =>
        error(`The icon file ${shown} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'}); check that it is a readable file.`);
    let realPath: string;
    try {
        realPath = await realpath(candidate);
    } catch (cause) {
        const code = (cause as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return { kind: 'problem', severity: 'warning', message: `The icon file ${shown} does not exist; add the image or fix the path (it is relative to this file).` };
        }
        return unreadable(cause);
    }
    const outside = error(`The icon ${shown} leads outside this document's folder and the workspace (through a link); use an image inside the folder.`);
    if (!roots.some(root => isInside(realPath, root))) return outside;
    let handle: FileHandle;
    try {
        handle = await open(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (cause) {
        // ELOOP: the file became a symlink after its path was resolved.
        return (cause as NodeJS.ErrnoException).code === 'ELOOP' ? outside : unreadable(cause);
    }
    try {
        const stat = await handle.stat();
        if (stat.isDirectory()) return error(`The icon ${shown} is a folder; name a PNG, JPEG or SVG file.`);
        if (!stat.isFile()) return error(`The icon ${shown} is not a regular file; name a PNG, JPEG or SVG file.`);
        const tooLarge = (size: number) => error(`The icon ${shown} is ${(size / (1024 * 1024)).toFixed(1)} MB; an icon may be at most 1 MB.`);
        if (stat.size > MAX_ICON_BYTES) return tooLarge(stat.size);
        // A folder on the way may have been swapped for a link since realpath: ask where the open file really is.
        const opened = await openedPath(handle);
        if (opened !== undefined && !roots.some(root => isInside(opened, root))) return outside;
        const bytes = await readAtMost(handle, extent === 'head' ? SNIFF_BYTES : MAX_ICON_BYTES + 1);
        if (bytes.length > MAX_ICON_BYTES) return tooLarge(bytes.length);
        const mime = sniffImage(bytes.subarray(0, SNIFF_BYTES));
        if (!mime) {
            return error(`The icon ${shown} is not a PNG, JPEG or SVG image; save the image in one of these formats or name another file.`);
        }
        return { kind: 'image', path: realPath, mime, bytes };
    } catch (cause) {
        return unreadable(cause);
    } finally {
        await handle.close();
    }
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

/** Reads from the start of the open file until `limit` bytes or its end. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
    const buffer = new Uint8Array(limit);
    let length = 0;
    while (length < limit) {
        const { bytesRead } = await handle.read(buffer, length, limit - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
    }
    return buffer.subarray(0, length);
}

/** Where an open file really lies, from the kernel (Linux's /proc); undefined where that cannot be asked. */
async function openedPath(handle: FileHandle): Promise<string | undefined> {
    try {
        return await readlink(`/proc/self/fd/${handle.fd}`);
    } catch {
        return undefined;
    }
}

async function realFolder(folder: string): Promise<string | undefined> {
    try {
        return await realpath(resolve(folder));
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
