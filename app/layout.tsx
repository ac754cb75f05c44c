import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DemoLoadBanner } from '@/components/ui/demo-load-banner';
import { readDemoLoadStatus } from './_lib/demo-load-status';
import { WatchesNavLink } from './_lib/watches-nav-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Narragraph', template: '%s · Narragraph' },
  description:
    'Explore how state-media narratives travel: articles, sources, actors, cited events and quotes.',
};

export default async function RootLayout({ children }: { readonly children: ReactNode }) {
  // Every page carries a per-request CSP nonce (proxy.ts), which a prebuilt static page cannot.
  await connection();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Narragraph
          </Link>
          <nav aria-label="Main">
            <Link href="/">Explore</Link>
            <Link href="/views">Saved views</Link>
            <WatchesNavLink />
            <Link href="/feeds">Feeds</Link>
            <Link href="/graphiql">GraphQL</Link>
          </nav>
        </header>
        <DemoLoadBanner initial={readDemoLoadStatus()} />
        {children}
      </body>
    </html>
  );
}
