// Reads a tree's top-level settings (title, direction, highlights, planning, styles) for the views.
import { treeDate } from '../language/cert-facts.js';
import type { CertRef, Model } from '../language/generated/ast.js';
import { certKey, firstStatement } from '../language/model-queries.js';
import {
    isDirectionStatement, isEarned, isGoal, isHighlight, isSourceStatement, isStyle, isTreeTitle,
} from '../language/generated/ast.js';
import type { EdgeKind, EdgeStyle, LineStyle, RankDirection } from './diagram-model.js';

export interface TreeSettings {
    title?: string;
    source?: string;
    date: string;
    direction: RankDirection;
    /** Highlighted role names, in the order written, without repeats. */
    highlights: string[];
    earned: Set<string>;
    goals: Set<string>;
    styles: Partial<Record<EdgeKind, EdgeStyle>>;
}

const RANK_DIRECTIONS: Record<string, RankDirection> = { down: 'TB', right: 'LR', up: 'BT', left: 'RL' };

/** Where a tree-wide setting is given twice, the first one counts (the validator reports the repeat). */
export function readTreeSettings(model: Model): TreeSettings {
    const title = firstStatement(model, isTreeTitle)?.title;
    const source = firstStatement(model, isSourceStatement)?.url;
    const direction = firstStatement(model, isDirectionStatement)?.value;
    const settings: TreeSettings = {
        date: treeDate(model),
        direction: (direction !== undefined ? RANK_DIRECTIONS[direction] : undefined) ?? 'TB',
        highlights: [],
        earned: new Set(),
        goals: new Set(),
        styles: {},
    };
    // A blank title is no title: the diagram has no heading rather than an empty one.
    if (title !== undefined && title.trim() !== '') settings.title = title;
    if (source !== undefined) settings.source = source;
    for (const statement of model.statements) {
        if (isHighlight(statement)) {
            for (const role of statement.roles) {
                const name = role.ref?.name;
                if (name !== undefined && !settings.highlights.includes(name)) settings.highlights.push(name);
            }
        } else if (isEarned(statement)) addCertIds(model, settings.earned, statement.certs);
        else if (isGoal(statement)) addCertIds(model, settings.goals, statement.certs);
        else if (isStyle(statement)) {
            const style: EdgeStyle = { ...settings.styles[statement.kind as EdgeKind] };
            for (const field of statement.fields) {
                switch (field.$type) {
                    case 'ColorField': style.color = field.value; break;
                    case 'LineField': style.line = field.value as LineStyle; break;
                    case 'WidthField': style.width = field.value; break;
                }
            }
            settings.styles[statement.kind as EdgeKind] = style;
        }
    }
    return settings;
}

function addCertIds(model: Model, into: Set<string>, refs: CertRef[]): void {
    for (const ref of refs) {
        const cert = ref.cert.ref;
        if (cert) into.add(certKey(model, cert));
    }
}
