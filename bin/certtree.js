#!/usr/bin/env node
// The `certtree` command: check and render .certtree files without an editor.
import { requireNode } from './require-node.js';

requireNode('certtree');
await import('../dist/cli.cjs');
