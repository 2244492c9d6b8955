// Reads the pixel size of a PNG, JPEG or SVG image from its bytes, so Graphviz can make room for it.

export interface ImageDimensions {
    width: number;
    height: number;
}

/** The image's size, or undefined when its header cannot be read. */
export function imageSize(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg' | 'image/svg+xml'): ImageDimensions | undefined {
    switch (mime) {
        case 'image/png': return pngSize(bytes);
        case 'image/jpeg': return jpegSize(bytes);
        case 'image/svg+xml': return svgSize(new TextDecoder().decode(bytes));
    }
}

function pngSize(bytes: Uint8Array): ImageDimensions | undefined {
    // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
    if (bytes.length < 24) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return positive(view.getUint32(16), view.getUint32(20));
}

function jpegSize(bytes: Uint8Array): ImageDimensions | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 2;
    while (offset + 9 < bytes.length) {
        if (bytes[offset] !== 0xff) return undefined;
        const marker = bytes[offset + 1];
        // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
            return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
        }
        offset += 2 + view.getUint16(offset + 2);
    }
    return undefined;
}

function svgSize(text: string): ImageDimensions | undefined {
    const root = /<svg\b[^>]*>/i.exec(text)?.[0];
    if (!root) return undefined;
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
    const length = (value: string | undefined) => {
        const match = value === undefined ? null : /^\s*([0-9.]+)\s*(px)?\s*$/.exec(value);
        return match ? Number(match[1]) : undefined;
    };
    const width = length(attribute('width'));
    const height = length(attribute('height'));
    if (width && height) return positive(width, height);
    const viewBox = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
    if (viewBox && viewBox.length === 4) return positive(viewBox[2], viewBox[3]);
    return undefined;
}

/**
 * Past this a header is not believed: a 1 MB icon cannot hold an image of 10,000 pixels a side,
 * and Graphviz aborts on sizes near 2³¹. Such an icon is drawn at the default size, as one whose
 * header cannot be read.
 */
export const MAX_IMAGE_PIXELS = 10_000;

function positive(width: number, height: number): ImageDimensions | undefined {
    const believable = (length: number) => Number.isFinite(length) && length > 0 && length <= MAX_IMAGE_PIXELS;
    return believable(width) && believable(height) ? { width, height } : undefined;
}
