'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { SaveViewPanel } from '@/components/explorer/save-view-panel';
import { forgetEditToken, readEditToken } from './edit-tokens';
import { createViewsClient, type ViewFields } from './views-client';

const viewsClient = createViewsClient();

export interface SavedViewActionsProps {
  readonly slug: string;
  readonly name: string;
  /** What the view holds, resent whole by a rename (a fork is copied on the server). */
  readonly fields: ViewFields;
}

/**
 * Fork for everyone; rename and delete for the owner (the browser holding the view's edit token
 * in localStorage). The token is read after hydration: the server never knows who owns a view.
 */
export function SavedViewActions({ slug, name, fields }: SavedViewActionsProps) {
  const router = useRouter();
  const id = useId();
  const [token, setToken] = useState<string | undefined>(undefined);
  const [forking, setForking] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(name);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    setToken(readEditToken(slug));
  }, [slug]);

  const rename = async () => {
    if (token === undefined || newName.trim() === '') return;
    setBusy(true);
    try {
      await viewsClient.update(slug, token, { ...fields, name: newName.trim() });
      setRenaming(false);
      setMessage('Renamed.');
      router.refresh();
    } catch (error) {
      setMessage(`Renaming failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (token === undefined || !window.confirm(`Delete the saved view “${name}”?`)) return;
    setBusy(true);
    try {
      await viewsClient.delete(slug, token);
      forgetEditToken(slug);
      router.push('/views');
    } catch (error) {
      setMessage(`Deleting failed: ${error instanceof Error ? error.message : String(error)}`);
      setBusy(false);
    }
  };

  return (
    <div data-testid="saved-view-actions">
      <div className="view-actions">
        <button
          type="button"
          onClick={() => setForking(true)}
          disabled={forking}
          data-testid="fork-view"
        >
          Fork
        </button>
        {token !== undefined ? (
          <>
            <span className="muted" data-testid="view-owner">
              You own this view.
            </span>
            <button
              type="button"
              onClick={() => setRenaming((r) => !r)}
              aria-expanded={renaming}
              data-testid="rename-view"
            >
              Rename
            </button>
            <button
              type="button"
              onClick={() => void remove()}
              disabled={busy}
              data-testid="delete-view"
            >
              Delete
            </button>
          </>
        ) : null}
        {message !== undefined ? (
          <span role="status" className="muted">
            {message}
          </span>
        ) : null}
      </div>
      {renaming ? (
        <form
          className="save-view-row"
          onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}
        >
          <label htmlFor={`${id}-rename`} className="visually-hidden">
            New name
          </label>
          <input
            id={`${id}-rename`}
            value={newName}
            maxLength={200}
            onChange={(e) => setNewName(e.target.value)}
            data-testid="rename-input"
          />
          <button type="submit" disabled={busy || newName.trim() === ''}>
            Save name
          </button>
        </form>
      ) : null}
      {forking ? (
        <SaveViewPanel
          action="Fork"
          defaultName={`${name} (fork)`}
          onClose={() => setForking(false)}
          // The server copies the view as stored: a snapshot's fork keeps its elements.
          onSave={(forkName) => viewsClient.fork(slug, forkName)}
        />
      ) : null}
    </div>
  );
}
