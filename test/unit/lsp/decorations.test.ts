// Semantic tokens tell certs, roles, areas and keywords apart; inlay hints show levels, switchable.
import * as assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectSemanticToken, highlightHelper, parseHelper } from 'langium/test';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';

describe('semantic tokens', () => {
    const { CertTree } = createCertTreeServices(EmptyFileSystem);
    const highlight = highlightHelper(CertTree);

    it('gives certs, roles, areas, keywords and values their own token types', async () => {
        const tokens = await highlight([
            '<|use|> aws',
            '<|cert|> <|cka|> "Kubernetes" { level <|associate|> }',
            'area <|"Ops"|> {',
            '  role <|"Admin"|> { <|cka|> -> <|security|> }',
            '}',
            'highlight <|"Admin"|>',
        ].join('\n'));
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.function });
    });

    it('marks catalog certs as library and retired ones as deprecated', async () => {
        const { tokens } = await highlight('date "2026-01-01"\nuse aws\nsysops_admin -> cloudops_engineer');
        const sysops = tokens.find(token => token.text === 'sysops_admin');
        const cloudops = tokens.find(token => token.text === 'cloudops_engineer');
        const { deprecated, defaultLibrary } = SemanticTokenModifiers;
        assert.equal(sysops?.tokenModifiers, AllSemanticTokenModifiers[deprecated] | AllSemanticTokenModifiers[defaultLibrary]);
        assert.equal(cloudops?.tokenModifiers, AllSemanticTokenModifiers[defaultLibrary]);
    });
});

describe('inlay hints', () => {
    it('shows no hints until the setting is on, then the level after each cert reference, and hides it when switched off', async () => {
        const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
        const document = await parseHelper(CertTree)('use aws\ncert mine "Mine" { level professional successor security }\ncloud_practitioner -> mine\nearned developer');
        const params = {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
        };
        assert.deepEqual(await CertTree.lsp.InlayHintProvider!.getInlayHints(document, params), [], 'off by default');
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { certtree: { inlayHints: { levels: true } } } });
        const hints = await CertTree.lsp.InlayHintProvider!.getInlayHints(document, params) ?? [];
        const shown = hints.map(hint => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`);
        assert.deepEqual(shown, ['1:56 specialty', '2:18 foundational', '2:26 professional', '3:16 associate']);

        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { certtree: { inlayHints: { levels: false } } } });
        assert.deepEqual(await CertTree.lsp.InlayHintProvider!.getInlayHints(document, params), []);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { certtree: { inlayHints: { levels: true } } } });
        assert.equal((await CertTree.lsp.InlayHintProvider!.getInlayHints(document, params))?.length, 4);
        await clearDocuments(shared, [document]);
    });
});
