'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { storeEditToken } from '@/components/views/edit-tokens';
import { sitePath } from '@/components/ui/safe-href';

export type SaveMode = 'LIVE' | 'SNAPSHOT';

export interface SaveViewPanelProps {
  /** Saves under `name` in `mode`; resolves with the new slug and its edit token. */
  readonly onSave: (name: string, mode: SaveMode) => Promise<{ slug: string; editToken: string }>;
  /** Offer the live / snapshot choice; without it the mode is `defaultMode`. */
  readonly chooseMode?: boolean;
  readonly defaultMode?: SaveMode;
  readonly onClose: () => void;
  /** Pre-filled name. */
  readonly defaultName?: string;
  /** Verb on the button ("Save", "Fork"). */
  readonly action?: string;
}

const MODES: readonly { mode: SaveMode; label: string; title: string }[] = [
  {
    mode: 'LIVE',
    label: 'Live',
    title: 'Opening the link re-runs these steps on the data as it is then',
  },
  {
    mode: 'SNAPSHOT',
    label: 'Snapshot',
    title: 'Opening the link shows exactly these elements and their evidence',
  },
];

type Status =
  | { readonly step: 'form'; readonly error?: string }
  | { readonly step: 'saving' }
  | { readonly step: 'saved'; readonly slug: string; readonly tokenStored: boolean };

/**
 * Name the view, save it, then show its `/v/<slug>` link ready to copy. The edit token goes to
 * localStorage (edit-tokens.ts) so this browser can rename or delete the view later.
 */
export function SaveViewPanel({
  onSave,
  onClose,
  defaultName = '',
  action = 'Save',
  chooseMode = false,
  defaultMode = 'LIVE',
}: SaveViewPanelProps) {
  const [name, setName] = useState(defaultName);
  const [mode, setMode] = useState<SaveMode>(defaultMode);
  const [status, setStatus] = useState<Status>({ step: 'form' });
  const [copied, setCopied] = useState(false);
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status.step === 'form') nameRef.current?.focus();
    if (status.step === 'saved') linkRef.current?.select();
  }, [status.step]);

  const submit = async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setStatus({ step: 'form', error: 'Give the view a name.' });
      return;
    }
    setStatus({ step: 'saving' });
    try {
      const ref = await onSave(trimmed, mode);
      setStatus({
        step: 'saved',
        slug: ref.slug,
        tokenStored: storeEditToken(ref.slug, ref.editToken),
      });
    } catch (error) {
      setStatus({
        step: 'form',
        error: `Saving failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const link =
    status.step === 'saved'
      ? `${typeof window === 'undefined' ? '' : window.location.origin}/v/${status.slug}`
      : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard access can be denied: the link is selected in the field, ready for Ctrl+C.
      linkRef.current?.select();
    }
  };

  return (
    <section
      className="save-view-panel notice"
      aria-labelledby={`${id}-title`}
      data-testid="save-view-panel"
    >
      <h2 id={`${id}-title`} className="save-view-title">
        {action} view
      </h2>
      {status.step === 'saved' ? (
        <>
          <label className="field" htmlFor={`${id}-link`}>
            <span>Link to this view</span>
          </label>
          <div className="save-view-row">
            <input
              id={`${id}-link`}
              ref={linkRef}
              readOnly
              value={link}
              data-testid="saved-view-link"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy()} data-testid="copy-view-link">
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <a
              href={sitePath(`/v/${encodeURIComponent(status.slug)}`)}
              data-testid="open-saved-view"
            >
              Open
            </a>
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
          <p className="muted">
            {status.tokenStored
              ? 'This browser keeps the edit key: you can rename or delete the view from its page.'
              : 'This browser could not store the edit key: the view cannot be renamed or deleted later.'}
          </p>
        </>
      ) : (
        <form
          className="save-view-row"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={`${id}-name`} className="visually-hidden">
            Name of the view
          </label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            maxLength={200}
            placeholder="Name of the view"
            onChange={(e) => setName(e.target.value)}
            data-testid="save-view-name"
          />
          {chooseMode ? (
            <fieldset className="save-view-mode">
              <legend className="visually-hidden">Kind of view</legend>
              {MODES.map((m) => (
                <label key={m.mode} title={m.title}>
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    checked={mode === m.mode}
                    onChange={() => setMode(m.mode)}
                    data-testid={`save-view-${m.mode.toLowerCase()}`}
                  />{' '}
                  {m.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          <button type="submit" disabled={status.step === 'saving'} data-testid="save-view-submit">
            {status.step === 'saving' ? 'Saving…' : action}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {status.step === 'form' && status.error !== undefined ? (
            <p className="error-text" role="alert">
              {status.error}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
