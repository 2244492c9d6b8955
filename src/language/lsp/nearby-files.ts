// The `.certtree` files near a document, as the relative paths a `use "…"` statement would name.
import type { FileSystemProvider, LangiumDocument, URI } from 'langium';
import { UriUtils } from 'langium';

/** `.certtree` files in the document's folder (two levels down) and its parent, as relative paths. */
export async function nearbyCertTreeFiles(fileSystem: FileSystemProvider, document: LangiumDocument): Promise<string[]> {
    if (document.uri.scheme !== 'file') return [];
    const folder = UriUtils.dirname(document.uri);
    const found: string[] = [];
    const visit = async (dir: URI, prefix: string, depth: number) => {
        let entries;
        try {
            entries = await fileSystem.readDirectory(dir);
        } catch {
            return;
        }
        for (const entry of entries) {
            const name = UriUtils.basename(entry.uri);
            if (name.startsWith('.') || name === 'node_modules') continue;
            if (entry.isFile && name.endsWith('.certtree') && entry.uri.toString() !== document.uri.toString()) {
                found.push(`${prefix}${name}`);
            } else if (entry.isDirectory && depth > 0) {
                await visit(entry.uri, `${prefix}${name}/`, depth - 1);
            }
        }
    };
    await visit(folder, './', 2);
    if (UriUtils.dirname(folder).path !== folder.path) await visit(UriUtils.dirname(folder), '../', 0);
    return found.sort();
}
