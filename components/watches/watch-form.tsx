'use client';

import { useId, useState, type FormEvent } from 'react';
import { sitePath } from '@/components/ui/safe-href';
import { createWatch, type CreatedWatch, type WatchKindName } from './watches-client';

export interface WatchFormProps {
  /** Kinds offered, the first chosen; SEARCH asks for words, the others watch `targetId`. */
  readonly kinds: readonly WatchKindName[];
  readonly targetId?: string;
  readonly defaultName?: string;
}

const KIND_LABELS: Readonly<Record<WatchKindName, string>> = {
  SEARCH: 'New articles and narratives with these words',
  NARRATIVE: 'First seen and weekly surges',
  ACTOR: 'Sources quoting or citing it for the first time',
  OUTLET: 'Sources citing this outlet for the first time',
  CITATION: 'Every article citing or quoting it',
  ARTICLE: 'Articles reusing its text',
};

type Status =
  | { readonly step: 'form'; readonly error?: string }
  | { readonly step: 'saving' }
  | ({ readonly step: 'saved' } & CreatedWatch);

/** Creates a watch; then shows its page and the webhook secret, which is never shown again. */
export function WatchForm({ kinds, targetId, defaultName = '' }: WatchFormProps) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<WatchKindName>(kinds[0] ?? 'SEARCH');
  const [name, setName] = useState(defaultName);
  const [query, setQuery] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [status, setStatus] = useState<Status>({ step: 'form' });
  const id = useId();

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="watch-open">
        Watch…
      </button>
    );
  }
  if (status.step === 'saved') {
    return (
      <div className="watch-form" data-testid="watch-created" role="status">
        <p>
          Watching.{' '}
          <a href={sitePath(`/watches/${encodeURIComponent(status.id)}`)}>Open its alerts</a>
          {' · '}
          <a href={sitePath(`/feeds/watches/${encodeURIComponent(status.id)}.atom`)}>Atom feed</a>
        </p>
        {webhookUrl.trim() ? (
          <p>
            Webhook secret (shown once; deliveries carry <code>X-Narragraph-Signature</code>):{' '}
            <code data-testid="watch-secret">{status.webhookSecret}</code>
          </p>
        ) : null}
        {status.tokenStored ? null : (
          <p className="notice">
            This browser did not keep the edit token: it cannot mark this watch read.
          </p>
        )}
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus({ step: 'saving' });
    createWatch({
      name: name.trim() || (kind === 'SEARCH' ? query.trim() : defaultName),
      kind,
      ...(kind === 'SEARCH' ? { query } : { targetId }),
      ...(webhookUrl.trim() ? { webhookUrl: webhookUrl.trim() } : {}),
    }).then(
      (created) => setStatus({ step: 'saved', ...created }),
      (error: unknown) =>
        setStatus({ step: 'form', error: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <form className="watch-form" onSubmit={submit} data-testid="watch-form">
      {kinds.length > 1 ? (
        <fieldset>
          <legend>Alert me on</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{KIND_LABELS[kind]}</p>
      )}
      {kind === 'SEARCH' ? (
        <label>
          Words{' '}
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            required
            maxLength={200}
            data-testid="watch-query"
          />
        </label>
      ) : null}
      <label>
        Name{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          data-testid="watch-name"
        />
      </label>
      <label>
        Webhook URL (optional){' '}
        <input
          type="url"
          value={webhookUrl}
          onChange={(e) => setWebhookUrl(e.target.value)}
          placeholder="https://…"
        />
      </label>
      <button type="submit" disabled={status.step === 'saving'} data-testid="watch-submit">
        {status.step === 'saving' ? 'Creating…' : 'Create watch'}
      </button>
      {status.step === 'form' && status.error ? (
        <p className="error" role="alert">
          {status.error}
        </p>
      ) : null}
    </form>
  );
}
