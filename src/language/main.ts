// The language server's entry point: LSP over --stdio or --node-ipc, catalogs built in.
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCertTreeServices } from './certtree-module.js';
import { registerDiagramHandlers } from './lsp/diagram-handler.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createCertTreeServices({ connection, ...NodeFileSystem });
registerDiagramHandlers(connection, shared);
startLanguageServer(shared);
