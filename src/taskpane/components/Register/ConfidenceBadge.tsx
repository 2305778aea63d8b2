import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Confidence } from '../../../core';

export type MappingConfidence = Confidence | 'edited' | 'missing-required' | 'missing';

const LOOK: Record<MappingConfidence, { label: string; color: BadgeProps['color'] }> = {
  edited: { label: 'Changed: not saved yet', color: 'important' },
  override: { label: 'Set by you', color: 'brand' },
  exact: { label: 'Exact match', color: 'success' },
  alias: { label: 'Likely match', color: 'informative' },
  fuzzy: { label: 'Guess: check it', color: 'warning' },
  content: { label: 'Found by its cells: check it', color: 'warning' },
  'missing-required': { label: 'Required: not found', color: 'danger' },
  missing: { label: 'Not mapped', color: 'subtle' },
};

/** How sure the mapping of one field is; the words carry the meaning, the colour only repeats it. */
export function ConfidenceBadge({ confidence }: { confidence: MappingConfidence }) {
  const look = LOOK[confidence];
  return (
    <Badge appearance="tint" color={look.color}>
      {look.label}
    </Badge>
  );
}
