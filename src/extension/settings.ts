// Reads the extension's settings (`certtree.*`), with the defaults package.json declares.
import * as vscode from 'vscode';
import { parseFitBox } from '../shared/diagram-rendering.js';
import type { DiagramTheme, DiagramView, FitBox } from '../shared/protocol.js';

export type PreviewDefaultView = 'document' | DiagramView;
export type ExportTheme = 'light' | 'dark' | 'editor';

export function previewDebounceMs(): number {
    const value = vscode.workspace.getConfiguration('certtree').get<number>('preview.debounceMs', 150);
    return Number.isFinite(value) && value >= 0 ? value : 150;
}

/** The view a new preview opens with; undefined lets the document's own `view` statement decide. */
export function previewDefaultView(): DiagramView | undefined {
    const value = vscode.workspace.getConfiguration('certtree').get<PreviewDefaultView>('preview.defaultView', 'document');
    return value === 'paths' || value === 'graph' ? value : undefined;
}

/** The colours an exported diagram is drawn in. */
export function exportTheme(): DiagramTheme {
    const value = vscode.workspace.getConfiguration('certtree').get<ExportTheme>('export.theme', 'light');
    if (value === 'light' || value === 'dark') return value;
    return editorIsDark() ? 'dark' : 'light';
}

/**
 * The export folder as the user wrote it in their own settings; empty means beside the document.
 * A workspace's settings come with a repository and must not choose where files are written, so
 * only the user's value counts (the setting is also declared machine-scoped).
 */
export function exportFolder(): string {
    return vscode.workspace.getConfiguration('certtree').inspect<string>('export.folder')?.globalValue?.trim() ?? '';
}

export function editorIsDark(): boolean {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast;
}

/** The box exports are laid out for (`certtree.export.size`); undefined for `none`: one row, as the CLI draws. */
export function exportSize(): FitBox | undefined {
    return parseFitBox(vscode.workspace.getConfiguration('certtree').get<string>('export.size', '1600x900'));
}
