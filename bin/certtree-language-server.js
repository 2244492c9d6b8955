#!/usr/bin/env node
// The CertTree language server for any LSP editor: `certtree-language-server --stdio`.
import '../dist/server.cjs';
