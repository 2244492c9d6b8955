// The paths view (spec §5): the chart as written, with shared nodes and each role's own nodes.
import type { Cert, CertRef, Group, Model, Path, Role } from '../language/generated/ast.js';
import { isArea, isGroup, isPath, isRole } from '../language/generated/ast.js';
import { certKey } from '../language/model-queries.js';
import { certNode } from './cert-node.js';
import type { Diagram, DiagramCluster, DiagramEdge, DiagramNode, EdgeKind } from './diagram-model.js';
import { finishDiagram } from './finish-diagram.js';
import { joinSteps } from './join-steps.js';
import type { PathRun, RunRef } from './apply-plan.js';
import { sourceLocationOf } from './source-location.js';
import { planTree } from '../planning/plan-tree.js';
import type { DiagramOptions } from './build-diagram.js';
import { readTreeSettings, type TreeSettings } from './tree-settings.js';

/**
 * Node identity follows where a reference stands:
 * - outside any role, a reference denotes the cert's shared node (one per cert), drawn in the
 *   cluster of the first group that references it;
 * - in a role, the first step of each path denotes the shared node, and every later step the
 *   role's own node for that cert (one per cert per role, shared by all the role's paths);
 * - the same step between the same two nodes with the same arrow is one edge.
 */
export function buildPathsView(model: Model, options: DiagramOptions = {}): Diagram {
    return new PathsViewBuilder(readTreeSettings(model), cert => certKey(model, cert)).build(model, options);
}

interface RoleContext {
    role: Role;
    cluster: DiagramCluster;
}

class PathsViewBuilder {
    private readonly nodes = new Map<string, DiagramNode>();
    private readonly edges = new Map<string, DiagramEdge>();
    private readonly clusters: DiagramCluster[] = [];
    private readonly runs: PathRun[] = [];
    private readonly counters = { group: 0, area: 0, role: 0 };

    constructor(private readonly settings: TreeSettings, private readonly keyOf: (cert: Cert) => string) {}

    build(model: Model, options: DiagramOptions): Diagram {
        // The structure itself, not just its paths: every group, area and role is a cluster, an empty one too.
        for (const statement of model.statements) {
            if (isGroup(statement)) this.addGroup(statement, undefined);
            else if (isPath(statement)) this.addPath(statement, undefined, undefined);
            else if (isArea(statement)) {
                const area = this.addCluster('area', statement.name, undefined, statement);
                for (const role of statement.roles) this.addRole(role, area.id);
            } else if (isRole(statement)) this.addRole(statement, undefined);
        }
        return finishDiagram('paths', this.settings, { nodes: [...this.nodes.values()], edges: [...this.edges.values()], clusters: this.clusters, runs: this.runs }, planTree(model, options.today));
    }

    private addGroup(group: Group, parent: string | undefined): void {
        const cluster = this.addCluster('group', group.label, parent, group);
        for (const member of group.members) {
            if (isGroup(member)) this.addGroup(member, cluster.id);
            else this.addPath(member, cluster.id, undefined);
        }
    }

    private addRole(role: Role, area: string | undefined): void {
        const cluster = this.addCluster('role', role.name, area, role);
        for (const path of role.paths) this.addPath(path, undefined, { role, cluster });
    }

    private addCluster(kind: 'group' | 'area' | 'role', label: string, parent: string | undefined, source: Group | Role | Model['statements'][number]): DiagramCluster {
        const cluster: DiagramCluster = { id: `cluster_${kind}_${++this.counters[kind]}`, label, kind, source: sourceLocationOf(source) };
        if (parent !== undefined) cluster.parent = parent;
        this.clusters.push(cluster);
        return cluster;
    }

    private addPath(path: Path, group: string | undefined, role: RoleContext | undefined): void {
        const run: PathRun = [];
        path.steps.forEach((step, index) => {
            const refs: RunRef[] = [];
            for (const ref of step.refs) {
                const cert = ref.cert.ref;
                if (!cert) continue;
                const node = role && index > 0 ? this.roleNode(cert, ref, role) : this.sharedNode(cert, ref, group);
                refs.push({ node: node.id, cert: node.cert, optional: ref.optional });
            }
            run.push(refs);
        });
        joinSteps(run, path.arrows, (from, to, kind) => this.addEdge(from.node, to.node, kind, role?.role.name));
        this.runs.push(run);
    }

    private sharedNode(cert: Cert, ref: CertRef, group: string | undefined): DiagramNode {
        const key = this.keyOf(cert);
        const id = `c_${key}`;
        const existing = this.nodes.get(id);
        if (existing) {
            // A cert first met outside any group moves into the first group that references it.
            if (existing.cluster === undefined && group !== undefined) existing.cluster = group;
            existing.optional &&= ref.optional;
            return existing;
        }
        const node = certNode(id, key, cert, ref, this.settings.date, group);
        this.nodes.set(id, node);
        return node;
    }

    private roleNode(cert: Cert, ref: CertRef, role: RoleContext): DiagramNode {
        const key = this.keyOf(cert);
        const id = `r${role.cluster.id.slice('cluster_role_'.length)}_${key}`;
        const existing = this.nodes.get(id);
        if (existing) {
            existing.optional &&= ref.optional;
            return existing;
        }
        const node = certNode(id, key, cert, ref, this.settings.date, role.cluster.id);
        this.nodes.set(id, node);
        return node;
    }

    private addEdge(from: string, to: string, kind: EdgeKind, role: string | undefined): void {
        const key = `${from}\u0000${to}\u0000${kind}`;
        let edge = this.edges.get(key);
        if (!edge) {
            edge = { id: `e${this.edges.size + 1}`, from, to, kind, roles: [], onRoute: false };
            this.edges.set(key, edge);
        }
        if (role !== undefined && !edge.roles.includes(role)) edge.roles.push(role);
    }
}
