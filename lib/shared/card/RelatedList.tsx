import type { RelatedEntity } from './entity-details';
import { ExpandableList } from './ExpandableList';

export interface RelatedListProps {
  related: readonly RelatedEntity[];
  onOpenEntity(id: string): void;
  visible?: number;
}

/**
 * Related entities as sentences with this entity left implicit: "hosted by CICIR" for an
 * outgoing relation, "Fu Cong spoke at" for an incoming one.
 */
export function RelatedList({ related, onOpenEntity, visible = 6 }: RelatedListProps) {
  if (related.length === 0) return null;
  return (
    <section class="ac-section">
      <h3 class="ac-section-heading">Related</h3>
      <ExpandableList
        items={related}
        visible={visible}
        noun="related"
        className="ac-related"
        render={(r) => {
          const link = (
            <button type="button" class="ac-link" onClick={() => onOpenEntity(r.id)}>
              {r.name}
            </button>
          );
          return r.direction === 'outgoing' ? (
            <>
              <span class="ac-relation">{r.relation}</span> {link}
            </>
          ) : (
            <>
              {link} <span class="ac-relation">{r.relation}</span>
            </>
          );
        }}
      />
    </section>
  );
}
