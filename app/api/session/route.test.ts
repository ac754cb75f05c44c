import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST } from './route';

describe('the sign-in endpoint', () => {
  it('redirects to a path of the host the user sent, not to the address the server listens on', async () => {
    const form = new FormData();
    form.set('action', 'sign-out');
    const response = await POST(
      new NextRequest('http://0.0.0.0:3000/api/session', {
        method: 'POST',
        headers: { host: 'narragraph.example', origin: 'https://narragraph.example' },
        body: form,
      }),
    );
    expect({ status: response.status, location: response.headers.get('location') }).toEqual({
      status: 303,
      location: '/sign-in',
    });
  });
});
