// Loads files for the CLI into one set of language services: the files, what they `use`, the catalogs.
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createCertTreeServices, type CertTreeServices } from '../language/certtree-module.js';
import { resolveUsePath } from '../language/certtree-scope.js';
import type { Model } from '../language/generated/ast.js';
import { isUse } from '../language/generated/ast.js';
import { CertTreeFileSystem, NotARegularFileError, readDocumentFile } from '../language/document-files.js';

export class UnreadableFileError extends Error {
    constructor(readonly file: string, reason: string) {
        super(`cannot read '${file}': ${reason}`);
    }
}

export class CliWorkspace {
    readonly services: CertTreeServices;

    constructor() {
        this.services = createCertTreeServices(CertTreeFileSystem).CertTree;
    }

    /**
     * Loads the given files and, transitively, the files they `use`, then parses, links and
     * validates them all. Throws UnreadableFileError for the first given file that cannot be read;
     * a `use`d file that cannot be read is left to the validator to report.
     */
    async load(files: string[]): Promise<Array<LangiumDocument<Model>>> {
        const { documents, unreadable } = await this.loadReadable(files);
        if (unreadable.length > 0) throw unreadable[0];
        return documents;
    }

    /**
     * Like `load`, but goes on past files that cannot be read: it checks the others and returns
     * the problems, so one call reports everything. A file named twice is loaded once.
     */
    async loadReadable(files: string[]): Promise<{ documents: Array<LangiumDocument<Model>>; unreadable: UnreadableFileError[] }> {
        const shared = this.services.shared;
        const documents: Array<LangiumDocument<Model>> = [];
        const unreadable: UnreadableFileError[] = [];
        const seen = new Set<string>();
        for (const file of files) {
            const uri = URI.file(resolve(file));
            if (seen.has(uri.toString())) continue;
            seen.add(uri.toString());
            try {
                documents.push(await this.open(uri, file));
            } catch (error) {
                if (!(error instanceof UnreadableFileError)) throw error;
                unreadable.push(error);
            }
        }
        const pending = [...documents];
        while (pending.length > 0) {
            const document = pending.pop()!;
            for (const use of document.parseResult.value.statements.filter(isUse)) {
                const uri = resolveUsePath(document, use);
                if (!uri || uri.scheme !== 'file' || seen.has(uri.toString())) continue;
                seen.add(uri.toString());
                try {
                    pending.push(await this.open(uri, uri.fsPath));
                } catch {
                    // Reported as a diagnostic on the `use` statement.
                }
            }
        }
        const all = [...shared.workspace.LangiumDocuments.all];
        await shared.workspace.DocumentBuilder.build([...all, ...shared.workspace.CatalogDocuments.all()], { validation: true });
        return { documents, unreadable };
    }

    private async open(uri: URI, shownAs: string): Promise<LangiumDocument<Model>> {
        const documents = this.services.shared.workspace.LangiumDocuments;
        const existing = documents.getDocument(uri);
        if (existing) return existing as LangiumDocument<Model>;
        if (!this.services.shared.ServiceRegistry.hasServices(uri)) {
            const isFolder = await stat(uri.fsPath).then(info => info.isDirectory(), () => false);
            throw new UnreadableFileError(shownAs, isFolder
                ? 'it is a folder, not a file; name the .certtree files in it'
                : 'it is not named .certtree; CertTree reads only .certtree files');
        }
        let text: string;
        try {
            // The same reader as the language server's: one handle, regular files only, at most the size limit.
            text = await readDocumentFile(uri.fsPath);
        } catch (error) {
            throw new UnreadableFileError(shownAs, describeFsError(error));
        }
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri);
        documents.addDocument(document);
        return document;
    }
}

function describeFsError(error: unknown): string {
    if (error instanceof NotARegularFileError) return 'it is not a regular file';
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file; check the path';
        case 'EISDIR': return 'it is a folder, not a file; name the .certtree files in it';
        case 'EACCES': return 'permission denied';
        default: return (error as Error).message;
    }
}
