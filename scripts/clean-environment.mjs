// The environment for a child that runs npm on a Node of its own: this process's environment
// without what an outer `npm run` left in it that describes the outer npm and its Node (the user
// agent naming that Node, node-gyp and nodedir, prefixes, npm_package_*, npm_lifecycle_*,
// INIT_CWD). code-server's postinstall, for one, reads the user agent and refuses a Node it names.
// What says how to reach the registry stays: the registry, certificates, proxies, and the config
// files and cache the outer npm used (a Node elsewhere would not find the same global npmrc).
const KEEP = /^npm_config_(registry|@[^:]+:registry|cafile|ca|cert|key|strict_ssl|proxy|https_proxy|http_proxy|noproxy|no_proxy|globalconfig|userconfig|cache|fetch_[a-z_]+|maxsockets)$/i;

export function cleanEnvironment(overrides = {}) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (/^npm_/i.test(name) && !KEEP.test(name)) continue;
        if (name === 'INIT_CWD' || name === 'NODE') continue;
        env[name] = value;
    }
    return { ...env, ...overrides };
}
