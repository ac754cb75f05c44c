'use client';

import { useState } from 'react';
import { EditorButton } from './editor-button';
import { createWatchFeedToken } from './watches-client';

/**
 * "Reader link", for the browser that holds the watch's edit token: a feed URL with a read token,
 * for feed readers when the server needs a key for reads. A new link revokes the last one.
 */
export function FeedTokenButton({ watchId }: { readonly watchId: string }) {
  const [link, setLink] = useState<string | undefined>();
  return (
    <>
      <EditorButton
        watchId={watchId}
        testId="watch-feed-token"
        action={async (token) => {
          const path = await createWatchFeedToken(watchId, token);
          setLink(new URL(path, window.location.origin).href);
        }}
      >
        {link === undefined ? 'Reader link' : 'New reader link'}
      </EditorButton>
      {link ? (
        <input
          readOnly
          aria-label="Feed link with its read token (shown once; a new one revokes it)"
          data-testid="watch-feed-link"
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </>
  );
}
