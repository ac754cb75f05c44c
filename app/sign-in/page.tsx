import type { Metadata } from 'next';
import { safeReturnPath } from '@/app/_lib/sign-in';

export const metadata: Metadata = { title: 'Sign in' };

/** Shown only where the server requires a key for reads (NARRAGRAPH_REQUIRE_READ_KEY=true). */
export default async function SignInPage({
  searchParams,
}: {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === 'string' ? params.next : '/');
  const invalid = params.error === 'invalid';
  return (
    <main className="sign-in">
      <h1>Sign in</h1>
      <p>This Narragraph server needs an API key to read. Ask its operator for a read key.</p>
      {invalid ? (
        <p className="notice error" role="alert" data-testid="sign-in-error">
          That key is malformed, unknown or revoked.
        </p>
      ) : null}
      <form method="post" action="/api/session">
        <label htmlFor="sign-in-key">API key</label>
        <input
          id="sign-in-key"
          name="key"
          type="password"
          autoComplete="off"
          required
          spellCheck={false}
        />
        <input type="hidden" name="next" value={next} />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
