// `certtree render` as a user runs it: the built command in a child process, its files, output and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');
const example = join(root, 'examples', 'aws-certification-paths.certtree');

interface Run {
    status: number | null;
    stdout: string;
    stderr: string;
}

function render(cwd: string, ...args: string[]): Run {
    const run = spawnSync('node', [bin, 'render', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('certtree render', function () {
    this.timeout(60_000);
    let folder: string;

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
        folder = mkdtempSync(join(tmpdir(), 'certtree-render-'));
        copyFileSync(example, join(folder, 'aws.certtree'));
        writeFileSync(join(folder, 'broken.certtree'), 'use aws\ncloud_practitioner -> developr\n');
        writeFileSync(join(folder, 'graph.certtree'), 'use aws\nview graph\ncloud_practitioner -> developer\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('writes <file>.svg beside the source by default, in the light theme', () => {
        const run = render(folder, 'aws.certtree');
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, 'Wrote aws.svg\n');
        const svg = readFileSync(join(folder, 'aws.svg'), 'utf8');
        assert.match(svg, /^<\?xml/);
        assert.ok(svg.includes('>Solutions Architect –</text>') && svg.includes('>Professional</text>'), 'a long name, wrapped over two lines after its dash');
        assert.match(svg, /<polygon fill="#ffffff"/);
        assert.ok(svg.includes('id="r1_solutions_architect_professional"'), 'the paths view has role nodes');
    });

    it('writes to a chosen file with -o and to standard output with -o -', () => {
        const run = render(folder, 'aws.certtree', '-o', join(folder, 'chosen.svg'));
        assert.equal(run.status, 0, run.stderr);
        assert.ok(existsSync(join(folder, 'chosen.svg')));
        const piped = render(folder, 'aws.certtree', '-o', '-');
        assert.equal(piped.status, 0, piped.stderr);
        assert.match(piped.stdout, /^<\?xml[\s\S]*<\/svg>\n$/);
    });

    it('writes DOT with --format dot and the diagram model with --format json', () => {
        const dot = render(folder, 'aws.certtree', '--format', 'dot', '-o', '-');
        assert.equal(dot.status, 0, dot.stderr);
        assert.match(dot.stdout, /^digraph certtree \{/);
        assert.equal(render(folder, 'aws.certtree', '--format', 'dot').stdout, 'Wrote aws.dot\n');
        assert.ok(existsSync(join(folder, 'aws.dot')));

        const json = render(folder, 'aws.certtree', '--format', 'json', '--today', '2026-12-03', '-o', '-');
        assert.equal(json.status, 0, json.stderr);
        const model = JSON.parse(json.stdout);
        assert.equal(model.format, 'certtree-diagram');
        assert.equal(model.view, 'paths');
        assert.equal(model.nodes.length, 27);
        assert.equal(model.edges.length, 26);
        assert.equal(model.clusters.length, 20);
        const node = model.nodes.find((n: { id: string }) => n.id === 'r2_developer');
        assert.deepEqual(
            { cert: node.cert, label: node.label, cluster: node.cluster, marks: node.marks, line: node.source.range.start.line },
            { cert: 'developer', label: 'AWS Certified Developer – Associate', cluster: 'cluster_role_2', marks: { earned: false, nextUp: false, goal: false, onRoute: false }, line: 19 },
        );
        const edge = model.edges.find((e: { from: string; to: string }) => e.from === 'r1_solutions_architect_professional');
        assert.deepEqual({ to: edge.to, kind: edge.kind, roles: edge.roles }, { to: 'r1_security', kind: 'dive_deep', roles: ['Solutions Architect'] });
        const { label, kind, parent } = model.clusters.find((c: { id: string }) => c.id === 'cluster_role_2');
        assert.deepEqual({ label, kind, parent }, { label: 'Application Architect', kind: 'role', parent: 'cluster_area_1' });
    });

    it('draws the graph view with --view graph, and by default when the document says `view graph`', () => {
        const graph = JSON.parse(render(folder, 'aws.certtree', '--view', 'graph', '--format', 'json', '-o', '-').stdout);
        assert.equal(graph.view, 'graph');
        assert.equal(graph.nodes.length, 10);
        assert.equal(graph.edges.length, 22);
        assert.deepEqual(graph.clusters.map((c: { kind: string; label: string }) => `${c.kind}:${c.label}`),
            ['tier:Foundational', 'tier:Associate', 'tier:Professional', 'tier:Specialty']);
        assert.equal(JSON.parse(render(folder, 'graph.certtree', '--format', 'json', '-o', '-').stdout).view, 'graph');
        assert.equal(JSON.parse(render(folder, 'graph.certtree', '--view', 'paths', '--format', 'json', '-o', '-').stdout).view, 'paths');
    });

    it('uses the dark theme with --theme dark', () => {
        const run = render(folder, 'aws.certtree', '--theme', 'dark', '-o', '-');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /<polygon fill="#1e1e1e"/);
    });

    it('names the drawing and each node for a reader: the tree\'s title, and the cert\'s full name and code, not an internal id', () => {
        const run = render(folder, 'aws.certtree', '-o', '-');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /<svg [^>]*>\n<title>AWS Certification Paths<\/title>/);
        assert.match(run.stdout, /<g id="c_cloud_practitioner" class="node">\n<title>AWS Certified Cloud Practitioner \(CLF-C02\)<\/title>/);
        assert.match(run.stdout, /<g id="r1_security" class="node">\n<title>AWS Certified Security – Specialty \(SCS-C03\)<\/title>/);
        // The node shows the name without the prefix the title already says.
        assert.match(run.stdout, /<text [^>]*>Cloud Practitioner<\/text>/);
        assert.doesNotMatch(run.stdout, /<text [^>]*>AWS Certified /);
    });

    describe('--fit: cert names readable when the drawing is scaled to fit the box', () => {
        /** The median node name's font size times the scale that fits the drawing into the box: what a reader sees, in px. */
        function readerSize(svg: string, width: number, height: number): number {
            const [, w, h] = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
            const sizes = svg.split('class="node"').slice(1).map(node => Number(/<text [^>]*font-weight="bold"[^>]*font-size="([\d.]+)"/.exec(node)?.[1]));
            sizes.sort((a, b) => a - b);
            return sizes[Math.floor(sizes.length / 2)] * Math.min(width / w, height / h);
        }
        const targets = [
            { file: 'aws-certification-paths.certtree', box: '700x800', atLeast: 7 },
            { file: 'aws-certification-paths.certtree', box: '1400x800', atLeast: 10 },
            { file: 'aws-2024.certtree', box: '700x800', atLeast: 5 },
            { file: 'aws-2024.certtree', box: '1400x800', atLeast: 7 },
        ];
        for (const { file, box, atLeast } of targets) {
            it(`draws examples/${file} for ${box} with names of at least ${atLeast} px`, () => {
                const run = render(root, join('examples', file), '--fit', box, '-o', '-');
                assert.equal(run.status, 0, run.stderr);
                const [width, height] = box.split('x').map(Number);
                const size = readerSize(run.stdout, width, height);
                console.log(`      examples/${file} --fit ${box}: names ${size.toFixed(2)} px (one row, no --fit: ${readerSize(render(root, join('examples', file), '-o', '-').stdout, width, height).toFixed(2)} px)`);
                assert.ok(size >= atLeast, `${size.toFixed(2)} px`);
            });
        }

        it('keeps the output as it was without --fit, and refuses a box it cannot read', () => {
            const plain = render(folder, 'aws.certtree', '--format', 'dot', '-o', '-');
            assert.doesNotMatch(plain.stdout, /packmode|~/);
            const bad = render(folder, 'aws.certtree', '--fit', 'wide');
            assert.equal(bad.status, 2);
            assert.match(bad.stderr, /--fit must be a box such as 1600x900 \(width x height, at least 50 each\), not 'wide'/);
        });
    });

    it('prints the errors as `certtree check` does and exits 1 without writing anything', () => {
        const run = render(folder, 'broken.certtree');
        assert.equal(run.status, 1);
        assert.equal(run.stdout, '');
        const lines = run.stderr.trim().split('\n');
        assert.match(lines[0], /^broken\.certtree:2:23: error: Unknown certification 'developr'\. Did you mean 'developer'\?/);
        assert.equal(lines.at(-1), 'certtree render: broken.certtree has an error; fix it and render again.');
        assert.ok(!existsSync(join(folder, 'broken.svg')));
    });

    it('exits 2 with a message for a missing file', () => {
        const run = render(folder, 'missing.certtree');
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^certtree render: cannot read 'missing\.certtree': no such file/);
    });

    it('exits 2 with a message when the output cannot be written', () => {
        const noFolder = render(folder, 'aws.certtree', '-o', join(folder, 'no', 'such', 'folder', 'x.svg'));
        assert.equal(noFolder.status, 2);
        assert.match(noFolder.stderr, /cannot write '.*x\.svg': its folder does not exist\. Choose another place with -o\./);
        mkdirSync(join(folder, 'taken.svg'));
        const isFolder = render(folder, 'aws.certtree', '-o', 'taken.svg');
        assert.equal(isFolder.status, 2);
        assert.match(isFolder.stderr, /cannot write 'taken\.svg': it is a folder/);
    });

    it('exits 2 naming the problem for a bad option or value', () => {
        const badFormat = render(folder, 'aws.certtree', '--format', 'png');
        assert.equal(badFormat.status, 2);
        assert.match(badFormat.stderr, /--format must be svg or dot or json, not 'png'/);
        assert.match(render(folder, 'aws.certtree', '--theme', 'blue').stderr, /--theme must be light or dark, not 'blue'/);
        assert.match(render(folder, 'aws.certtree', '--colour').stderr, /Unknown option '--colour'/);
        assert.match(render(folder).stderr, /name exactly one \.certtree file/);
    });

    it('matches the committed README image, so docs/aws-certification-paths.svg cannot drift', () => {
        // Planned on the chart's own day, so the image shows the plan the chart's reader had.
        const run = render(root, 'examples/aws-certification-paths.certtree', '--today', '2023-11-29', '-o', '-');
        assert.equal(run.status, 0, run.stderr);
        const committed = readFileSync(join(root, 'docs', 'aws-certification-paths.svg'), 'utf8');
        assert.ok(run.stdout === committed, 'docs/aws-certification-paths.svg is out of date: run `node bin/certtree.js render examples/aws-certification-paths.certtree --today 2023-11-29 -o docs/aws-certification-paths.svg`');
    });
});
