// Image sizes read from file headers, so icons keep their shape in the node.
import assert from 'node:assert/strict';
import { imageSize } from '../../src/render/image-size.js';
import { TINY_PNG } from './fixtures.js';

describe('image sizes', () => {
    it('reads a PNG header', () => {
        assert.deepEqual(imageSize(TINY_PNG, 'image/png'), { width: 2, height: 1 });
        assert.equal(imageSize(TINY_PNG.subarray(0, 20), 'image/png'), undefined);
    });

    it('finds the frame of a JPEG after other segments', () => {
        const jpeg = Uint8Array.from([
            0xff, 0xd8, // start of image
            0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, // APP0, 2 bytes of payload
            0xff, 0xc4, 0x00, 0x03, 0x00, // DHT: not a frame, although in the C0–CF range
            0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x30, 0x00, 0x40, 0x03, 0x01, // SOF0: height 48, width 64
        ]);
        assert.deepEqual(imageSize(jpeg, 'image/jpeg'), { width: 64, height: 48 });
        assert.equal(imageSize(Uint8Array.from([0xff, 0xd8, 0x00]), 'image/jpeg'), undefined);
    });

    it('reads an SVG root width and height, else its viewBox', () => {
        const svg = (root: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${root}<rect/></svg>`);
        assert.deepEqual(imageSize(svg('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60px">'), 'image/svg+xml'), { width: 120, height: 60 });
        assert.deepEqual(imageSize(svg('<svg viewBox="0 0 24 12" width="100%">'), 'image/svg+xml'), { width: 24, height: 12 });
        assert.equal(imageSize(svg('<svg width="2em" height="1em">'), 'image/svg+xml'), undefined);
    });
});
