// Reads a .certtree file for the language server and the CLI: through one handle, never past the size limit, never waiting on a pipe.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { MAX_DOCUMENT_BYTES } from './document-limits.js';

/** Thrown for a path that names something other than a regular file (a pipe, a device, a socket). */
export class NotARegularFileError extends Error {
    readonly code = 'ENOTREGULAR';
    constructor(path: string) {
        super(`'${path}' is not a regular file`);
    }
}

/**
 * The text of the file at `fsPath`. The file is opened once, without waiting (a FIFO with no
 * writer would block an ordinary open forever), and must be a regular file. At most
 * MAX_DOCUMENT_BYTES are read: a longer file reads as its first MAX_DOCUMENT_BYTES followed by
 * U+FFFD standing for the rest, so the parser reports the limit where the file passes it.
 * Errors are Node's (ENOENT, EISDIR, EACCES, …) or NotARegularFileError.
 */
export async function readDocumentFile(fsPath: string): Promise<string> {
    const handle = await open(fsPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const info = await handle.stat();
        if (info.isDirectory()) throw Object.assign(new Error(`'${fsPath}' is a folder`), { code: 'EISDIR' });
        if (!info.isFile()) throw new NotARegularFileError(fsPath);
        const length = Math.min(info.size, MAX_DOCUMENT_BYTES);
        const bytes = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const { bytesRead } = await handle.read(bytes, read, length - read, read);
            if (bytesRead === 0) break;
            read += bytesRead;
        }
        const text = bytes.toString('utf8', 0, read);
        return info.size > MAX_DOCUMENT_BYTES ? text + '\uFFFD' : text;
    } finally {
        await handle.close();
    }
}

/** Langium's Node file system, reading documents with readDocumentFile. */
export class CertTreeFileSystemProvider extends NodeFileSystemProvider {
    override readFile(uri: URI): Promise<string> {
        return readDocumentFile(uri.fsPath);
    }
}

export const CertTreeFileSystem = {
    fileSystemProvider: () => new CertTreeFileSystemProvider(),
};
