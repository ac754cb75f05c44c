import { describe, expect, it } from 'vitest';
import { requestOrigin } from './links';

/** What Next hands a route under `npm start`: its URL names the listening address. */
const origin = (host?: string, url = 'http://0.0.0.0:3000/feeds/watches/w.atom') =>
  requestOrigin(new Request(url, { headers: host === undefined ? {} : { host } }));

describe('requestOrigin', () => {
  it('takes the host the client asked for, and the listening address for anything else', () => {
    expect({
      name: origin('Narragraph.Example.org'),
      withPort: origin('narragraph.example.org:8443'),
      defaultPort: origin('narragraph.example.org:443', 'https://0.0.0.0:3000/x'),
      ipv6: origin('[::1]:3000'),
      noHost: origin(),
      userInfo: origin('me@evil.example'),
      path: origin('evil.example/x'),
      markup: origin('a"><b'),
      badPort: origin('narragraph.example.org:99999'),
      badAddress: origin('1.2.3.256'),
    }).toEqual({
      name: 'http://narragraph.example.org',
      withPort: 'http://narragraph.example.org:8443',
      defaultPort: 'https://narragraph.example.org',
      ipv6: 'http://[::1]:3000',
      noHost: 'http://0.0.0.0:3000',
      userInfo: 'http://0.0.0.0:3000',
      path: 'http://0.0.0.0:3000',
      markup: 'http://0.0.0.0:3000',
      badPort: 'http://0.0.0.0:3000',
      badAddress: 'http://0.0.0.0:3000',
    });
  });
});
