/** Shown while a page's server reads run (graph slices can take a moment on a big graph). */
export default function Loading() {
  return (
    <main>
      <p className="notice" role="status" aria-live="polite" data-testid="page-loading">
        Loading the graph…
      </p>
    </main>
  );
}
