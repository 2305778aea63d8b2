import { createFocusOutlineStyle, makeStyles, tokens, type GriffelStyle } from '@fluentui/react-components';

/** One line of a list the user can click (a finding, an item that needs action): full width, wraps. */
export const LIST_ITEM: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXXS,
  width: '100%',
  boxSizing: 'border-box',
  textAlign: 'start',
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorTransparentBackground,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  overflowWrap: 'anywhere',
  minWidth: 0,
};

/** What makes such a line a button: hover, pressed and the focus outline. */
export const ACTIVATABLE: GriffelStyle = {
  // The focus outline is drawn by an ::after positioned against the button.
  position: 'relative',
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  ...createFocusOutlineStyle(),
};

export const useCommonStyles = makeStyles({
  progressRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  progressField: {
    flexGrow: 1,
    minWidth: '160px',
  },
  /** Cell text can be one long word (a URL, an id): let it wrap instead of widening the pane. */
  wrap: {
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
});
