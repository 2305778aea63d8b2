import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Confidence } from '../../../core';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';

export type MappingConfidence = Confidence | 'edited' | 'missing-required' | 'missing';

const COLOR: Record<MappingConfidence, BadgeProps['color']> = {
  edited: 'important',
  override: 'brand',
  exact: 'success',
  alias: 'informative',
  fuzzy: 'warning',
  content: 'warning',
  'missing-required': 'danger',
  missing: 'subtle',
};

/** How sure the mapping of one field is; the words carry the meaning, the colour only repeats it. */
export function ConfidenceBadge({ confidence }: { confidence: MappingConfidence }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={COLOR[confidence]}>
      {t.t(`confidence.${confidence}` as PaneKey)}
    </Badge>
  );
}
