#!/usr/bin/env node
// The `certtree` command: check and render .certtree files without an editor.
import '../dist/cli.cjs';
