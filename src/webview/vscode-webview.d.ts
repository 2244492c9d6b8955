// The API VS Code injects into a webview page: messages to the extension and persisted state.
interface VsCodeWebviewApi<State> {
    postMessage(message: unknown): void;
    getState(): State | undefined;
    setState(state: State): void;
}

declare function acquireVsCodeApi<State = unknown>(): VsCodeWebviewApi<State>;
