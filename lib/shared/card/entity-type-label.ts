import type { EntityType } from '../corpus-format/corpus-schema';

const LABELS: Readonly<Record<EntityType, string>> = {
  organization: 'Organisation',
  person: 'Person',
  instrument: 'Instrument',
  concept: 'Concept',
  event: 'Event',
  process: 'Process',
  country: 'Country',
};

export function entityTypeLabel(type: EntityType): string {
  return LABELS[type];
}
