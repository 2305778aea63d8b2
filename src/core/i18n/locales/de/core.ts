import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  'language.name': 'Deutsch',
};
