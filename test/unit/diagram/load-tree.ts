// Parses, links and validates .certtree text for diagram tests, with the built-in catalogs available.
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { readFileSync } from 'node:fs';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';
import type { Model } from '../../../src/language/generated/ast.js';

const services = createCertTreeServices(EmptyFileSystem);
const parse = parseHelper<Model>(services.CertTree);

/** The validated document; fails the test when it holds an error, since such a tree is never drawn. */
export async function loadTree(text: string): Promise<Model> {
    const document: LangiumDocument<Model> = await parse(text, { validation: true });
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
    if (errors.length > 0) throw new Error(`the test tree has errors: ${errors.map(e => e.message).join('; ')}`);
    return document.parseResult.value;
}

export const AWS_EXAMPLE_TEXT = readFileSync('examples/aws-certification-paths.certtree', 'utf8');

/** Three certs of each tier, declared locally, so small trees need no catalog. */
export const SMALL_CERTS = `
cert f1 "Foundation One" { level foundational code "F1" }
cert a1 "Associate One" { level associate code "A1" }
cert a2 "Associate Two" { level associate code "A2" }
cert a3 "Associate Three" { level associate code "A3" }
cert p1 "Professional One" { level professional code "P1" }
cert p2 "Professional Two" { level professional code "P2" }
cert s1 "Specialty One" { level specialty code "S1" }
cert s2 "Specialty Two" { level specialty code "S2" }
`;
