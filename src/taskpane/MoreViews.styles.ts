import { makeStyles } from '@fluentui/react-components';

export const useMoreStyles = makeStyles({
  more: {
    flexShrink: 0,
    whiteSpace: 'nowrap',
  },
});
