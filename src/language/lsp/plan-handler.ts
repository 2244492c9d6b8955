// Serves the editor's planning: `certtree/plan` (the ranked next-up certs) and `certtree/planEdit` (earned/goal edits).
import type { Connection } from 'vscode-languageserver';
import { describeTotals, examReasons } from '../../planning/plan-text.js';
import { planTree } from '../../planning/plan-tree.js';
import type { PlanEditParams, PlanEditResult, PlanItem, PlanParams, PlanResult } from '../../shared/protocol.js';
import { PlanEditRequest, PlanRequest } from '../../shared/protocol.js';
import type { CertTreeSharedServices } from '../certtree-module.js';
import { errorsInOrder } from '../document-diagnostics.js';
import { firstErrorOf, validatedDocument } from './diagram-handler.js';
import { planEdits } from './plan-edits.js';

const NOT_OPEN = 'The document is not open in the CertTree language server; open it and try again.';

export function registerPlanHandlers(connection: Connection, shared: CertTreeSharedServices): void {
    connection.onRequest(PlanRequest, (params: PlanParams) => plan(shared, params));
    connection.onRequest(PlanEditRequest, (params: PlanEditParams) => planEdit(shared, params));
}

export async function plan(shared: CertTreeSharedServices, params: PlanParams): Promise<PlanResult> {
    const document = await validatedDocument(shared, params?.uri ?? '');
    if (!document) return { kind: 'unavailable', message: NOT_OPEN };
    const errors = errorsInOrder(document);
    if (errors.length > 0) return { kind: 'invalid', errorCount: errors.length, firstError: firstErrorOf(errors) };
    const answer = planTree(document.parseResult.value, await shared.planning.PlanDate.today());
    const nextUp: PlanItem[] = answer.nextUp.map(cert => ({
        id: cert.id, name: cert.name, code: cert.code, level: cert.level, minutes: cert.minutes, priceUsd: cert.priceUsd,
        url: cert.url, optional: cert.optional, insteadOf: cert.insteadOf, why: examReasons(cert),
    }));
    return { kind: 'plan', uri: params.uri, version: document.textDocument.version, today: answer.today, nextUp, totals: describeTotals(answer) };
}

export async function planEdit(shared: CertTreeSharedServices, params: PlanEditParams): Promise<PlanEditResult> {
    const document = await validatedDocument(shared, params?.uri ?? '');
    if (!document) return { kind: 'unavailable', message: NOT_OPEN };
    const edits = planEdits(document, params.action, params.cert);
    if (typeof edits === 'string') return { kind: 'unchanged', message: edits };
    return { kind: 'edit', version: document.textDocument.version, edits };
}
