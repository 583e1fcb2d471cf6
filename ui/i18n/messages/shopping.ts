// The house's shopping list, on phones and on the wall: adding, ticking off, "bought recently"
// and "need it again", sections, and the wall's quick chips from what was bought before.
import type { Catalog } from '../define.ts';

export const shopping = {
  'shopping.tab': 'List',
  'shopping.title': 'Shopping list',
  'shopping.what': 'What do we need?',
  'shopping.add': 'Add',
  'shopping.section': 'Section (optional)',
  'shopping.sectionHint': 'Like “kitchen” or “bathroom”',
  'shopping.myName': 'Put my name on it',
  'shopping.by': 'added by {name}',
  'shopping.empty': 'Nothing on the list. Add what the house needs.',
  'shopping.wallEmpty': 'Nothing on the list.',
  'shopping.otherSection': 'Other things',
  'shopping.boughtToday': 'Bought today',
  'shopping.boughtRecently': 'Bought recently',
  'shopping.boughtWhen': 'Bought {when}',
  'shopping.needAgain': 'Need it again',
  'shopping.needAgainLabel': 'Need {name} again',
  'shopping.remove': 'Take off',
  'shopping.removeLabel': 'Take {name} off the list',
  'shopping.recentlyRemoved': 'Recently taken off the list',
  'shopping.added': 'Added “{name}” to the list',
  'shopping.bought': 'Bought: {name}',
  'shopping.notBought': 'Back on the list: {name}',
  'shopping.addTitle': 'Add to the shopping list',
  'shopping.addLabel': 'Add to the shopping list from the wall',
  'shopping.boughtBefore': 'Bought before: tap one to add it again',
  'shopping.nothingBefore': 'Write what the house needs.',
} satisfies Catalog;
