'use client';

import { useRouter } from 'next/navigation';
import { EditorButton } from './editor-button';
import { markWatchRead } from './watches-client';

/** "Mark read", for the browser that created the watch (it holds the edit token). */
export function MarkReadButton({ watchId }: { readonly watchId: string }) {
  const router = useRouter();
  return (
    <EditorButton
      watchId={watchId}
      testId="watch-mark-read"
      action={async (token) => {
        await markWatchRead(watchId, token);
        router.refresh();
      }}
    >
      Mark read
    </EditorButton>
  );
}
