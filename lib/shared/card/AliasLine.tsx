export interface AliasLineProps {
  aliases: readonly string[];
  /** Aliases shown before the rest are summed up as "and 4 more". */
  visible?: number;
}

/** Other names of the entity, shortest first: acronyms are what readers meet on pages. */
export function AliasLine({ aliases, visible = 5 }: AliasLineProps) {
  if (aliases.length === 0) return null;
  const sorted = [...aliases].sort((a, b) => a.length - b.length);
  const shown = sorted.slice(0, visible);
  const hidden = sorted.length - shown.length;
  return (
    <p class="ac-aliases">
      <span class="ac-label">Also: </span>
      {shown.join(' · ')}
      {hidden > 0 && ` and ${hidden} more`}
    </p>
  );
}
