// Reads VS Code's colour theme from the classes it puts on the webview's body, and watches them.
import type { PreviewTheme } from '../shared/preview-messages.js';

export function currentTheme(body: HTMLElement = document.body): PreviewTheme {
    const classes = body.classList;
    if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
    if (classes.contains('vscode-high-contrast')) return 'high-contrast';
    if (classes.contains('vscode-dark')) return 'dark';
    return 'light';
}

/** Calls `onChange` whenever VS Code switches the theme (it rewrites the body's classes). */
export function watchTheme(onChange: (theme: PreviewTheme) => void, body: HTMLElement = document.body): void {
    let last = currentTheme(body);
    new MutationObserver(() => {
        const theme = currentTheme(body);
        if (theme === last) return;
        last = theme;
        onChange(theme);
    }).observe(body, { attributes: true, attributeFilter: ['class'] });
}
