// Draws an SVG onto a canvas and returns it as PNG, for the "Export as PNG" command.
// The browser rasterises: it already renders this SVG exactly as the preview shows it.

/** The PNG of `svg` at `scale` times its own size, base64-encoded. */
export async function rasterizeSvg(svg: string, scale: number): Promise<string> {
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;
    await image.decode();
    const width = Math.max(1, Math.round(image.naturalWidth * scale));
    const height = Math.max(1, Math.round(image.naturalHeight * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser gave no canvas to draw the PNG on.');
    context.drawImage(image, 0, 0, width, height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    const chunk = 0x8000;
    for (let i = 0; i < bytes.length; i += chunk) {
        binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
    }
    return btoa(binary);
}
