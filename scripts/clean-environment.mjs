// The environment for a child that runs npm or a tool of its own: this process's environment
// without what an outer `npm run` left in it (npm_config_*, npm_package_*, npm_lifecycle_*, the
// user agent naming the outer Node, INIT_CWD), which would change what the child's npm does.
export function cleanEnvironment(overrides = {}) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (/^npm_/i.test(name) || name === 'INIT_CWD' || name === 'NODE') continue;
        env[name] = value;
    }
    return { ...env, ...overrides };
}
