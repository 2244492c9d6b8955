// DOT generation: escaping of user text, highlight colours and muting, node looks, themes.
import assert from 'node:assert/strict';
import { generateDot } from '../../../src/diagram/dot-generator.js';
import { escapeDotText } from '../../../src/diagram/dot-text.js';
import { buildGraphView } from '../../../src/diagram/graph-view.js';
import { HIGHLIGHT_PALETTE } from '../../../src/diagram/highlight-palette.js';
import { wrapLabel } from '../../../src/diagram/label-wrap.js';
import { buildPathsView } from '../../../src/diagram/paths-view.js';
import { loadTree, SMALL_CERTS } from './load-tree.js';

/** The attribute list of the DOT statement for an edge or node id. */
function statementOf(dot: string, id: string): string {
    const line = dot.split('\n').find(l => l.includes(`id="${id}"`));
    assert.ok(line, `no DOT statement with id ${id}`);
    return line;
}

describe('DOT generation', () => {
    it('escapes quotes, backslashes, newlines, markup, ampersands and control characters', () => {
        assert.equal(escapeDotText('say "hi"'), 'say &quot;hi&quot;');
        assert.equal(escapeDotText('a\\N b\\\\'), 'a\\\\N b\\\\\\\\');
        assert.equal(escapeDotText('one\ntwo\r\nthree'), 'one<BR/>two<BR/>three');
        assert.equal(escapeDotText('<b>x</b> & {y} | z'), '&lt;b&gt;x&lt;/b&gt; &amp; {y} | z');
        assert.equal(escapeDotText('bell\u0007 nul\u0000'), 'bell\uFFFD nul\uFFFD');
        assert.equal(escapeDotText('emoji 😀 and lone \uD800'), 'emoji 😀 and lone \uFFFD');
    });

    it('wraps names at spaces into as few, even lines as it can, never beginning a line with a dash, and keeps author line breaks', () => {
        // Two lines will do (a line may run a third over the width): never three.
        assert.deepEqual(wrapLabel('AWS Certified Solutions Architect – Associate', 22), ['AWS Certified Solutions', 'Architect – Associate']);
        // Greedy wrapping at 22 gave "AWS Certified Security" / "– Specialty".
        assert.deepEqual(wrapLabel('AWS Certified Security – Specialty', 22), ['AWS Certified', 'Security – Specialty']);
        assert.deepEqual(wrapLabel('Security – Specialty', 8), ['Security –', 'Specialty']);
        assert.deepEqual(wrapLabel('short\nname', 22), ['short', 'name']);
        assert.deepEqual(wrapLabel('x'.repeat(50), 10, 20), ['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(10)]);
    });

    it('puts a cert name with DOT and HTML syntax into the label only escaped', async () => {
        const diagram = buildPathsView(await loadTree(`cert odd "He said \\"hi\\" \\\\ <b>}{ & 😀" { level associate code "X&Y" }\nodd`));
        const dot = generateDot(diagram);
        const line = statementOf(dot, 'c_odd');
        // The name fits one line; each piece is escaped.
        assert.ok(line.includes('He said &quot;hi&quot; \\\\ &lt;b&gt;}{ &amp; 😀'), line);
        assert.ok(line.includes('X&amp;Y'));
        assert.ok(!line.includes('<b>'));
    });

    it('colours each highlighted role and mutes the other edges', async () => {
        const text = `${SMALL_CERTS}
f1 -> a1
role "Builder" { a1 -> p1 }
role "Breaker" { a1 -> p2 }
role "Idle" { a1 -> s1 }
highlight "Breaker", "Builder"`;
        const paths = buildPathsView(await loadTree(text));
        const dot = generateDot(paths);
        const edgeOf = (to: string) => statementOf(dot, paths.edges.find(e => e.to === to)!.id);
        assert.match(edgeOf('r1_p1'), new RegExp(`color="${HIGHLIGHT_PALETTE[1]}"`));
        assert.match(edgeOf('r2_p2'), new RegExp(`color="${HIGHLIGHT_PALETTE[0]}"`));
        assert.match(edgeOf('r3_s1'), /color="#BFC8D2"/);
        assert.match(edgeOf('c_a1'), /color="#BFC8D2"/);
        // The legend names both roles next to their colour swatches.
        const legend = dot.split('\n').find(l => l.includes('bgcolor'))!;
        assert.ok(legend.includes(`BGCOLOR="${HIGHLIGHT_PALETTE[0]}"></TD></TR></TABLE></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">Breaker`));
        assert.ok(legend.includes(`BGCOLOR="${HIGHLIGHT_PALETTE[1]}"></TD></TR></TABLE></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">Builder`));
        // The highlighted role's cluster is outlined in its colour.
        assert.match(statementOf(dot, 'cluster_role_2'), new RegExp(`color="${HIGHLIGHT_PALETTE[0]}"`));

        const graph = buildGraphView(await loadTree(`${SMALL_CERTS}
role "Builder" { a1 -> p1 }
role "Breaker" { a1 -> p1 }
highlight "Builder", "Breaker"`));
        assert.match(statementOf(generateDot(graph), graph.edges[0].id), new RegExp(`color="${HIGHLIGHT_PALETTE[0]}:${HIGHLIGHT_PALETTE[1]}"`));
    });

    it('mutes nothing when no role is highlighted', async () => {
        const dot = generateDot(buildPathsView(await loadTree(`${SMALL_CERTS}\nrole "R" { a1 -> p1 }`)));
        assert.ok(!dot.includes('#BFC8D2'));
    });

    it('draws optional, retired, earned, next-up and goal certs differently', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
date "2025-01-01"
cert old "Old Exam" { level associate retired "2024-04-08" }
cert soon "Soon Gone" { level associate retiring "2026-03-31" }
f1 -> a1? -> old, soon -> p1
earned f1
goal p1`), { today: '2025-01-01' });
        const dot = generateDot(diagram);
        assert.match(statementOf(dot, 'c_a1'), /style="rounded,filled,dashed"/);
        assert.match(statementOf(dot, 'c_a1'), /\(optional\)/);
        assert.match(statementOf(dot, 'c_old'), /<S>Old Exam<\/S>/);
        assert.match(statementOf(dot, 'c_old'), /Retired 2024-04-08/);
        assert.match(statementOf(dot, 'c_old'), /fillcolor="#E6E6E6"/);
        assert.match(statementOf(dot, 'c_soon'), /Retiring 2026-03-31/);
        assert.match(statementOf(dot, 'c_f1'), /✓ Earned/);
        assert.match(statementOf(dot, 'c_f1'), /fillcolor="#5F6B7A"/);
        // Planned on 2025-01-01: a1 is optional and old retired (skipped), so a1 and soon are next
        // up; the plan for p1 is soon, then p1, numbered 1 and 2 on filled badges.
        assert.match(statementOf(dot, 'c_a1'), /BGCOLOR="#B45309"><FONT COLOR="#FFFFFF" POINT-SIZE="9"><B> NEXT UP </);
        assert.match(statementOf(dot, 'c_a1'), /penwidth=1.2/);
        assert.doesNotMatch(statementOf(dot, 'c_old'), /NEXT UP/);
        assert.match(statementOf(dot, 'c_soon'), /<B> 1 <\/B>.*<B> NEXT UP </);
        assert.match(statementOf(dot, 'c_p1'), /⚑ Goal/);
        assert.match(statementOf(dot, 'c_p1'), /<B> 2 <\/B>/);
        assert.doesNotMatch(statementOf(dot, 'c_p1'), /NEXT UP/);
        assert.match(statementOf(dot, 'c_p1'), /penwidth=2.4/);
    });

    it('emphasises the route to a goal and applies edge styles', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
style next { color "#112233" line dotted width 2 }
f1 -> a1 -> p1 ~> s1
f1 -> a2
earned f1
goal p1`));
        // A colour Graphviz would not understand is ignored, not passed on (the validator reports it too).
        diagram.styles.dive_deep = { color: 'red" fontcolor="blue' };
        const dot = generateDot(diagram);
        const edge = (from: string, to: string) => statementOf(dot, diagram.edges.find(e => e.from === from && e.to === to)!.id);
        assert.match(edge('c_f1', 'c_a1'), /style="dotted", color="#112233", penwidth=4.4/);
        assert.match(edge('c_f1', 'c_a2'), /style="dotted", color="#112233", penwidth=2[,\]]/);
        assert.match(edge('c_p1', 'c_s1'), /style="dashed", color="#59636E"/);
    });

    it('draws every style colour the validator accepts, and none it rejects', async () => {
        const colorOf = async (color: string) => {
            const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}\nf1 -> a1`));
            diagram.styles.next = { color };
            return /color="([^"]*)"/.exec(statementOf(generateDot(diagram), diagram.edges[0].id))?.[1];
        };
        assert.equal(await colorOf('gray50'), 'gray50');
        assert.equal(await colorOf('SteelBlue'), 'steelblue');
        assert.equal(await colorOf('#abc'), '#AABBCC');
        assert.equal(await colorOf('#11223344'), '#11223344');
        // Unknown names would be drawn black by Graphviz; the edge keeps the theme's colour.
        assert.equal(await colorOf('notacolour'), '#59636E');
        assert.equal(await colorOf('#12345'), '#59636E');
    });

    it('sets the direction, fonts Graphviz measures and the theme', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}\ndirection right\na1 -> p1`));
        const light = generateDot(diagram);
        const dark = generateDot(diagram, { theme: 'dark' });
        assert.match(light, /rankdir="LR"/);
        assert.match(light, /bgcolor="#FFFFFF"/);
        assert.match(dark, /bgcolor="#1E1E1E"/);
        assert.ok([...light.matchAll(/fontname="([^"]+)"/g)].every(m => m[1] === 'Helvetica'));
    });

    it('keeps highlight colours readable on both backgrounds (contrast at least 3:1)', () => {
        for (const color of HIGHLIGHT_PALETTE) {
            assert.ok(contrast(color, '#FFFFFF') >= 3, `${color} on white`);
            assert.ok(contrast(color, '#1E1E1E') >= 3, `${color} on dark`);
        }
    });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
    const luminance = (hex: string) => {
        const channel = (i: number) => {
            const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    };
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
}
