import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { SVG_EXPORT_AVAILABLE, exportFileName, svgBlob } from './export-graph';
import { registerSvgExtension } from './register-extensions';

describe('SVG export', () => {
  it('is offered to the UI', () => {
    expect(SVG_EXPORT_AVAILABLE).toBe(true);
    expect(exportFileName('svg', new Date('2024-05-01T10:00:00Z'))).toBe(
      'narragraph-2024-05-01T10-00-00.svg',
    );
  });

  it('registers cy.svg once, however often it is asked', async () => {
    // cytoscape-svg's UMD wrapper reads `window` when evaluated; the browser always has one.
    const scope = globalThis as { window?: unknown };
    scope.window ??= globalThis;
    await Promise.all([registerSvgExtension(), registerSvgExtension()]);
    await registerSvgExtension();
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(typeof cy.svg).toBe('function');
    cy.destroy();
  });

  it('asks for the whole graph on white and types the file as SVG', async () => {
    const calls: unknown[] = [];
    const blob = svgBlob({
      svg: (options) => {
        calls.push(options);
        return '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
      },
    });
    expect(calls).toEqual([{ full: true, scale: 1, bg: '#ffffff' }]);
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    expect(await blob.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
