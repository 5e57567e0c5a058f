import type { AttributeTable } from '../attribute-table.js';

/** The attributes of `<python-app-card>` besides the shared ones. */
export const APP_CARD_ATTRIBUTES = {
  /** The id of an app in the default content, for a card used alone: `instagram`, `google`, `spotify`, `netflix`, `dropbox`. */
  app: { kind: 'text' },
} as const satisfies AttributeTable;
