import { describe, expect, it } from 'vitest';
import { safeReturnPath, sameOrigin } from './sign-in';

describe('safeReturnPath', () => {
  it('keeps paths on this site and drops everything else', () => {
    expect(safeReturnPath('/views?x=1')).toBe('/views?x=1');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('javascript:alert(1)')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});

describe('sameOrigin', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://localhost:3000/api/session', { method: 'POST', headers });
  it('accepts this host and refuses other or missing origins', () => {
    expect(sameOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).toBe(
      true,
    );
    expect(
      sameOrigin(request({ host: 'localhost:3000', referer: 'http://localhost:3000/sign-in' })),
    ).toBe(true);
    expect(sameOrigin(request({ host: 'localhost:3000', origin: 'https://evil.example' }))).toBe(
      false,
    );
    expect(sameOrigin(request({ host: 'localhost:3000', origin: 'null' }))).toBe(false);
    expect(sameOrigin(request({ host: 'localhost:3000' }))).toBe(false);
  });
});
