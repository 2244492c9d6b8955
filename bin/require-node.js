// Written for old Node versions too: it runs before anything that needs Node 22 is loaded.
export const MINIMUM_NODE_MAJOR = 22;

/** Ends the process with one line naming the Node it needs, instead of a TypeError from deep inside. */
export function requireNode(command, version = process.versions.node) {
    const major = Number(version.split('.')[0]);
    if (major >= MINIMUM_NODE_MAJOR) return;
    process.stderr.write(`${command} needs Node.js ${MINIMUM_NODE_MAJOR} or newer; this is Node.js ${version}. Install a newer Node.js (for example \`npm install -g node@${MINIMUM_NODE_MAJOR}\`) and run it again.\n`);
    process.exit(2);
}
