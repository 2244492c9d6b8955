#!/usr/bin/env node
// The CertTree language server for any LSP editor: `certtree-language-server --stdio`.
import { requireNode } from './require-node.js';

requireNode('certtree-language-server');
await import('../dist/server.cjs');
