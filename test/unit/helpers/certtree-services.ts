// Shared test helpers: CertTree services on an in-memory file system, and a one-call "check this text".
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCertTreeServices, type CertTreeServices, type CertTreeSharedServices } from '../../../src/language/certtree-module.js';
import { diagnosticsInOrder } from '../../../src/language/document-diagnostics.js';
import type { Model } from '../../../src/language/generated/ast.js';

export interface TestServices {
    shared: CertTreeSharedServices;
    CertTree: CertTreeServices;
}

/** Fresh services with no disk access; built-in catalogs (`use aws`) load on first use. */
export function createTestServices(): TestServices {
    return createCertTreeServices(EmptyFileSystem);
}

let counter = 0;

/** A unique in-memory URI, `file:///test/<name>` when a name is given. */
export function testUri(name?: string): URI {
    return URI.parse(`file:///test/${name ?? `doc-${++counter}.certtree`}`);
}

/** Parses, links and validates `text` as a new document (replacing one at the same URI). */
export async function checkText(services: TestServices, text: string, uri: URI = testUri()): Promise<LangiumDocument<Model>> {
    const documents = services.shared.workspace.LangiumDocuments;
    // Remove an earlier version as a deleted file is removed, so index and scope caches forget it.
    if (documents.hasDocument(uri)) await services.shared.workspace.DocumentBuilder.update([], [uri]);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri);
    documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

/** Diagnostics of a checked document, in document order. */
export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return diagnosticsInOrder(document);
}

/** The text a diagnostic's range covers. */
export function textAt(document: LangiumDocument, diagnostic: Diagnostic): string {
    const text = document.textDocument;
    return text.getText().slice(text.offsetAt(diagnostic.range.start), text.offsetAt(diagnostic.range.end));
}

/** Removes every document but the built-in catalogs, so a suite can reuse one service set. */
export async function clearTestDocuments(services: TestServices): Promise<void> {
    const own = services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray();
    await clearDocuments(services.shared, own);
}

/** A diagnostic's message as plain text. */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** "severity: message" for each diagnostic, severities named as the CLI names them. */
export function describe(diagnostics: Diagnostic[]): string[] {
    const names = ['', 'error', 'warning', 'info', 'hint'];
    return diagnostics.map(d => `${names[d.severity ?? 1]}: ${messageOf(d)}`);
}
