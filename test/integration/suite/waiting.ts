// Waiting on VS Code events in tests: resolve on the first event that matches, fail after a deadline.
import * as vscode from 'vscode';

/** The first event of `event` for which `predicate` holds. Subscribe before triggering what fires it. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, description: string, timeoutMs = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
            subscription.dispose();
            reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.`));
        }, timeoutMs);
        const subscription = event(value => {
            if (!predicate(value)) return;
            clearTimeout(timer);
            subscription.dispose();
            resolve(value);
        });
    });
}

/**
 * Resolves once `condition` holds, checking again on every change of editors, documents and
 * diagnostics (VS Code has no event for some states, e.g. an extension having activated).
 */
export function whenTrue(condition: () => boolean, description: string, timeoutMs = 30_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
        const subscriptions: vscode.Disposable[] = [];
        const finish = (error?: Error) => {
            clearTimeout(timer);
            clearInterval(recheck);
            for (const subscription of subscriptions) subscription.dispose();
            if (error) reject(error);
            else resolve();
        };
        const check = () => {
            if (condition()) finish();
        };
        const timer = setTimeout(() => finish(new Error(`Timed out after ${timeoutMs} ms waiting until ${description}.`)), timeoutMs);
        // Some states change without any event; look again now and then as well.
        const recheck = setInterval(check, 50);
        subscriptions.push(
            vscode.languages.onDidChangeDiagnostics(check),
            vscode.window.onDidChangeActiveTextEditor(check),
            vscode.workspace.onDidOpenTextDocument(check),
            vscode.extensions.onDidChange(check),
        );
    });
}

/** The diagnostics of `uri` once they satisfy `predicate`. */
export async function diagnosticsOf(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, description: string): Promise<vscode.Diagnostic[]> {
    const current = vscode.languages.getDiagnostics(uri);
    if (predicate(current)) return current;
    await nextEvent(vscode.languages.onDidChangeDiagnostics, event => event.uris.some(changed => changed.toString() === uri.toString()) && predicate(vscode.languages.getDiagnostics(uri)), description);
    return vscode.languages.getDiagnostics(uri);
}
