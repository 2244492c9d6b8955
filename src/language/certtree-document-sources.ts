// Keeps the server's documents in step with their sources when a file vanishes, cannot be read, or its editor closes.
import type { LangiumDocument, TextDocument } from 'langium';
import { DefaultLangiumDocumentFactory, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import { CATALOG_SCHEME } from './catalogs/index.js';

/**
 * Langium reads a document's file whenever the document has no open editor. A document that was
 * only ever in an editor (never saved), or whose file was deleted or made unreadable, has no file
 * to read: instead of failing the whole update (which would end the server), it keeps the text it
 * had; closing its editor or the file watcher's deletion then removes it.
 */
export class CertTreeDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined): Promise<string> {
        if (textDocument) return textDocument.getText();
        try {
            return await this.fileSystemProvider.readFile(document.uri);
        } catch {
            return document.parseResult.value.$cstNode?.root.fullText ?? '';
        }
    }

    protected override async getInitialText(uri: URI): Promise<string> {
        try {
            return await this.fileSystemProvider.readFile(uri);
        } catch {
            // A workspace file that cannot be read (permissions, gone since the folder was listed) reads as empty.
            return '';
        }
    }
}

/**
 * When an editor closes, the document goes back to what is on disk; a document that is not on
 * disk (never saved, or deleted) is removed, with its diagnostics.
 */
export class CertTreeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly services: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // Catalogs live in memory; a client closing one read-only changes nothing.
        if (uri.scheme === CATALOG_SCHEME) return;
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                // Opened again meanwhile: the editor's text counts, as it did before the close.
                if (this.services.workspace.TextDocuments.get(uri.toString())) return;
                if (await this.isFile(uri)) await this.documentBuilder.update([uri], [], token);
                else await this.documentBuilder.update([], [uri], token);
            }))
            .catch(error => console.error(`Could not update '${uri.toString()}' after its editor closed.`, error));
    }

    private async isFile(uri: URI): Promise<boolean> {
        if (uri.scheme !== 'file') return false;
        try {
            return (await this.services.workspace.FileSystemProvider.stat(uri)).isFile;
        } catch {
            return false;
        }
    }
}
