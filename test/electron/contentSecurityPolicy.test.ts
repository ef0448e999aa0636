import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/contentSecurityPolicy';
import { contentSecurityPolicy } from '../../vite.config';

const transform = contentSecurityPolicy().transformIndexHtml as (html: string) => string;

describe('content security policy', () => {
  it('is written into the built page as the policy the desktop shell sends', async () => {
    const built = transform(await readFile('renderer/index.html', 'utf8'));
    const meta = built.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    // Before any script or stylesheet, so it governs them all.
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
  });

  it('fails the build rather than ship a page without it', () => {
    expect(() => transform('<html><head></head></html>')).toThrow('CSP');
  });

  it('allows nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
