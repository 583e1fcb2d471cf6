// A person, not a phone: moving to a new phone with a code from the old one, and staff or the
// admin confirming that a new phone is someone whose old phone was lost.
import type { Catalog } from '../define.ts';

export const people = {
  'move.open': 'Move to a new phone',
  'move.openHint':
    'Got a new phone? Make a code here and type it on the new one. You stay yourself there, with your name and what you said you will do.',
  'move.codeLabel': 'Your code for the new phone',
  'move.steps':
    "On your new phone, open the house's address and choose 'I had a phone here before'. Then type this code.",
  'move.address': "The house's address: {address}",
  'move.validFor': 'It works once, for 10 minutes. Nobody else needs to see it.',
  'move.keepsWorking':
    'This phone keeps working too. If you will not use it again, let it go from the new one.',
  'move.done': 'Done',
  'move.hadPhone': 'I had a phone here before',
  'move.hadPhoneHint':
    "On your old phone, open 'This phone' and choose 'Move to a new phone'. Type the code it shows.",
  'move.code': 'The code from your old phone',
  'move.codeMissing': 'Please type the code your old phone shows.',
  'move.submit': 'Be myself on this phone',
  'move.back': 'Back',
  'mine.heading': 'Your other phones',
  'mine.hint': 'Phones you moved from still work. Let go of one you will not use again.',
  'mine.phone': 'A phone that joined {ago}',
  'mine.seen': 'last used {ago}',
  'mine.letGo': 'Let go of the phone that joined {ago}',
  'mine.sure': 'Tap again to let it go',
  'mine.gone': 'That phone is let go.',
  'same.heading': 'A new phone for someone who lost theirs',
  'same.hint':
    "When someone's phone is lost, they join again by scanning the kiosk's code. Then, with them beside you, confirm here that the new phone is them. A name alone is never enough.",
  'same.newPhone': 'The new phone',
  'same.newPhoneHint': 'Newest first.',
  'same.isPerson': 'Is the same person as',
  'same.pick': 'Choose…',
  'same.joined': '{name}, joined {ago}',
  'same.noName': 'No name yet',
  'same.you': '{name} (you)',
  'same.pickBoth': 'Please choose the new phone and who it is.',
  'same.confirm': 'This new phone is {name}',
  'same.sure':
    "Everything of the new phone's becomes {name}'s: claims, thanks, \"I'm coming\" and turns. It cannot be undone.",
  'same.yes': 'Yes, this is {name}',
  'same.cancel': 'Cancel',
  'same.done': 'Done. The new phone is {name} now.',
  'same.nobody': 'Nobody has joined yet.',
} satisfies Catalog;
