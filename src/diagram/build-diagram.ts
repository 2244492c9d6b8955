// Chooses the view to build: the one asked for, else the document's (first) `view` statement, else paths.
import type { Model } from '../language/generated/ast.js';
import { isViewStatement } from '../language/generated/ast.js';
import { firstStatement } from '../language/model-queries.js';
import type { DiagramView } from '../shared/protocol.js';
import type { Diagram } from './diagram-model.js';
import { buildGraphView } from './graph-view.js';
import { buildPathsView } from './paths-view.js';

export function preferredView(model: Model): DiagramView {
    const statement = firstStatement(model, isViewStatement);
    return statement?.value === 'graph' ? 'graph' : 'paths';
}

export interface DiagramOptions {
    /** The plan date (YYYY-MM-DD) of the planning marks; today when absent. */
    today?: string;
}

export function buildDiagram(model: Model, view: DiagramView = preferredView(model), options: DiagramOptions = {}): Diagram {
    return view === 'graph' ? buildGraphView(model, options) : buildPathsView(model, options);
}
