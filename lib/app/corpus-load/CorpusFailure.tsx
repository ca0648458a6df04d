/** What an extension page shows instead of its views when the corpus could not be loaded. */
export function CorpusFailure({ failure, class: className }: { failure: string; class: string }) {
  return (
    <p class={className} role="alert">
      The corpus could not be loaded: {failure}
    </p>
  );
}
