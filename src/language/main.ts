// The language server's entry point: LSP over --stdio or --node-ipc, catalogs built in.
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCertTreeServices } from './certtree-module.js';
import { CertTreeFileSystem } from './document-files.js';
import { registerDiagramHandlers } from './lsp/diagram-handler.js';
import { registerPlanHandlers } from './lsp/plan-handler.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createCertTreeServices({ connection, ...CertTreeFileSystem });
registerDiagramHandlers(connection, shared);
registerPlanHandlers(connection, shared);
startLanguageServer(shared);
