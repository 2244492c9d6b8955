// Loads files for the CLI into one set of language services: the files, what they `use`, the catalogs.
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createCertTreeServices, type CertTreeServices } from '../language/certtree-module.js';
import { resolveUsePath } from '../language/certtree-scope.js';
import type { Model } from '../language/generated/ast.js';
import { isUse } from '../language/generated/ast.js';

export class UnreadableFileError extends Error {
    constructor(readonly file: string, reason: string) {
        super(`cannot read '${file}': ${reason}`);
    }
}

export class CliWorkspace {
    readonly services: CertTreeServices;

    constructor() {
        this.services = createCertTreeServices(NodeFileSystem).CertTree;
    }

    /**
     * Loads the given files and, transitively, the files they `use`, then parses, links and
     * validates them all. Throws UnreadableFileError for a given file that cannot be read;
     * a `use`d file that cannot be read is left to the validator to report.
     */
    async load(files: string[]): Promise<Array<LangiumDocument<Model>>> {
        const shared = this.services.shared;
        const documents: Array<LangiumDocument<Model>> = [];
        for (const file of files) documents.push(await this.open(URI.file(resolve(file)), file));
        const pending = [...documents];
        const seen = new Set(documents.map(d => d.uri.toString()));
        while (pending.length > 0) {
            const document = pending.pop()!;
            for (const use of document.parseResult.value.statements.filter(isUse)) {
                const uri = resolveUsePath(document, use);
                if (!uri || seen.has(uri.toString())) continue;
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
        return documents;
    }

    private async open(uri: URI, shownAs: string): Promise<LangiumDocument<Model>> {
        const documents = this.services.shared.workspace.LangiumDocuments;
        const existing = documents.getDocument(uri);
        if (existing) return existing as LangiumDocument<Model>;
        let text: string;
        try {
            text = await readFile(uri.fsPath, 'utf8');
        } catch (error) {
            throw new UnreadableFileError(shownAs, describeFsError(error));
        }
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri);
        documents.addDocument(document);
        return document;
    }
}

function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file';
        case 'EISDIR': return 'it is a folder, not a file';
        case 'EACCES': return 'permission denied';
        default: return (error as Error).message;
    }
}
