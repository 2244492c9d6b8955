// The colours of the light and dark diagram themes; export defaults to light.
import type { Level } from '../language/cert-facts.js';
import type { DiagramTheme } from '../shared/protocol.js';

export interface TierColors {
    /** Border, and fill of an earned cert. */
    strong: string;
    /** Fill of a cert not yet earned. */
    pale: string;
}

export interface ThemeColors {
    background: string;
    text: string;
    mutedText: string;
    /** Text on a `strong` fill (earned certs). */
    textOnStrong: string;
    edge: string;
    /** Edges outside the highlighted roles, when any role is highlighted. */
    mutedEdge: string;
    tiers: Record<Level, TierColors>;
    /** A cert without a level (only in documents with errors, which are not rendered). */
    noTier: TierColors;
    retired: { fill: string; border: string; text: string };
    area: { fill: string; border: string };
    role: { fill: string; border: string };
    group: { fill: string; border: string };
    tierBand: { fill: string; border: string };
    goal: string;
    /** The "Next up" badge and the plan's step numbers, with the text drawn on them. */
    plan: { badge: string; textOnBadge: string };
}

const LIGHT: ThemeColors = {
    background: '#FFFFFF',
    text: '#1F2328',
    mutedText: '#59636E',
    textOnStrong: '#FFFFFF',
    edge: '#59636E',
    mutedEdge: '#BFC8D2',
    tiers: {
        foundational: { strong: '#5F6B7A', pale: '#EEF1F4' },
        associate: { strong: '#2463B8', pale: '#E4EEFB' },
        professional: { strong: '#7A3DB8', pale: '#F1E9FB' },
        specialty: { strong: '#1F8A70', pale: '#E2F4EE' },
    },
    noTier: { strong: '#59636E', pale: '#FFFFFF' },
    retired: { fill: '#E6E6E6', border: '#9A9A9A', text: '#6E6E6E' },
    area: { fill: '#F6F8FA', border: '#C8D1DA' },
    role: { fill: '#FFFFFF', border: '#9AA4AF' },
    group: { fill: '#FFFBEB', border: '#D4A72C' },
    tierBand: { fill: '#F6F8FA', border: '#D1D9E0' },
    goal: '#C2410C',
    plan: { badge: '#B45309', textOnBadge: '#FFFFFF' },
};

const DARK: ThemeColors = {
    background: '#1E1E1E',
    text: '#E6EDF3',
    mutedText: '#9DA7B3',
    textOnStrong: '#0D1117',
    edge: '#9DA7B3',
    mutedEdge: '#3D444D',
    tiers: {
        foundational: { strong: '#9AA6B4', pale: '#2A2F36' },
        associate: { strong: '#5A9BEF', pale: '#1B2B44' },
        professional: { strong: '#B387F5', pale: '#2E2342' },
        specialty: { strong: '#45C29E', pale: '#16332B' },
    },
    noTier: { strong: '#9DA7B3', pale: '#1E1E1E' },
    retired: { fill: '#333333', border: '#6E6E6E', text: '#9A9A9A' },
    area: { fill: '#252A31', border: '#444C56' },
    role: { fill: '#1E1E1E', border: '#6E7781' },
    group: { fill: '#2B2614', border: '#9E7C1E' },
    tierBand: { fill: '#23272E', border: '#3D444D' },
    goal: '#FB923C',
    plan: { badge: '#F59E0B', textOnBadge: '#1E1E1E' },
};

export function themeColors(theme: DiagramTheme): ThemeColors {
    return theme === 'dark' ? DARK : LIGHT;
}
