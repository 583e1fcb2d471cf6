// The sentences the board and the server say to people, each under a stable key, in English. A
// validator, a refusal or a close code carries its key and values (`Sentence`) from where it is
// raised to the screen, which says it in its own language (ui/i18n/say.ts); logs, JSON
// answers and tests get the English from this table. Nothing turns English back into a key.

export const SENTENCES = {
  write: 'Please write {what}.',
  tooLong: 'Please keep {what} to {max} characters or fewer.',
  notText: '{what} should be text.',
  noContact:
    'Please leave out phone numbers, e-mail addresses and social handles: everyone who passes the wall can read the board.',
  notRight: 'Something here is not right.',
  itemGone: 'That item is no longer on the board.',
  rulesLoading: 'One moment: the board is getting ready. Please try again.',
  personGone: 'That person is not on the board.',
  personNotHere: 'That person is not in this house.',
  wallNotPerson: 'The wall is not a person: let it go from the list of devices instead.',
  personNotLeft: 'Only someone who has left the house can be forgotten.',
  adminLeavesOwnWay: 'Only the admin can say that the admin has left.',
  giveTime: 'Please give {what} as HH:MM.',
  giveTimeLike: 'Please give a time like 22:00.',
  groupEndAfterStart: 'Please end the group after it starts.',
  shiftEndAfterStart: 'Please end the shift after it starts.',
  announcementStay: 'Please let the announcement stay up for a while.',
  rotationMax: 'Please keep a rotation to 30 people or fewer.',
  pickDate: 'Please pick a date.',
  pickWeekday: 'Please pick at least one day of the week.',
  everyAtLeast: 'Please choose every 1 day or more.',
  everyAtMost: 'Please choose a gap of a year or less.',
  chooseWhen: 'Please choose when it happens.',
  writeName: 'Please write a name — any name you like.',
  chooseNameDisplay: 'Please choose how your name shows on the wall.',
  pickTimeZone: 'Please pick a time zone from the list.',
  pickLanguage: 'Please pick a language from the list.',
  pickTextSize: 'Please pick one of the four text sizes.',
  pickForgetDays: 'Please give a whole number of days, from 0 to 90.',
  chooseVisitorEnd: 'Please choose who may end visitor mode.',
  notJoined: 'This device is not joined to a house yet.',
  adminOnly: 'Only the house admin can do that.',
  nothingHere: 'There is nothing at this address.',
  tooMuch: 'That was too much to send at once.',
  unreadable: 'That request could not be read.',
  serverWrong: 'Something went wrong on the server.',
  tooManyTries: 'Too many tries. Please wait a minute and try again.',
  joinExpired: 'That code has run out. Please scan the code on the kiosk again.',
  joinUnknown:
    'That code is not one the house board knows. Please scan the code on the kiosk again.',
  staffCodeWrong: 'That staff code is not right. Please check it with the house admin.',
  kioskNotStaff: 'A kiosk cannot become a staff device.',
  adminLinkUsed: 'That admin link has been used or has run out. Ask for a new one.',
  pairingUnknown:
    'That pairing code is not showing on any kiosk right now. Please check it and try again.',
  deviceNotHere: 'That device is not in this house.',
  offline: 'The house board could not be reached. Please check the Wi-Fi and try again.',
  busy: 'That was a lot of tries in a short time. Please wait a minute and try again.',
  serverTryAgain: 'Something went wrong on the server. Please try again in a moment.',
  otherSite:
    'Changes to the house board can only come from the house board itself, not from another site.',
  joinCodeFull:
    'Many phones have joined with this code already. Please scan the code on the kiosk again in a few minutes.',
  nameInvisible: 'Please write {what} with letters people can see.',
  nameHidden: 'Please leave line breaks and hidden characters out of {what}.',
  giveShiftStart: 'Please give when your shift starts, as HH:MM.',
  giveShiftEnd: 'Please give when your shift ends, as HH:MM.',
  rotaOnlyYourself:
    'You can join a rota or leave it yourself, but not put anyone else on it or take them off.',
  turnNeedsYes: 'A turn moves only when the person taking it says yes.',
  offerNotYours:
    'Only the person who asks can make an offer, and only the person asked can answer it.',
  offerGone: 'That offer is no longer open.',
  offerToSelf: 'Please ask someone other than yourself.',
  kioskIsNobodys: 'The kiosk belongs to the whole house, not to one person.',
  moveCodeKiosk: 'The kiosk belongs to the whole house, so it has no code to move to a new phone.',
  moveCodeUnknown:
    'That code did not work. A code works once, for 10 minutes. Please make a new one on your old phone and try again.',
  moveOtherHouse:
    'This phone is joined to another house. A code from your old phone works only for its own house.',
  staffOrAdminOnly: 'Only staff or the house admin can do that.',
  mergeSelf: 'Those are the same person already.',
  mergeKiosk: 'A kiosk is not a person, so it cannot be one of them.',
  mergeOwn:
    'Someone else confirms a new phone is you: please ask another member of staff or the house admin.',
  notThisPhone: 'This is the phone you are using. Let it go from another of your phones.',
  pickBirthday: 'Please pick the day and the month of your birthday from the lists.',
  noSuchBirthday: 'That month has only {max} days. Please pick another day.',
  chooseBirthdayOnWall: 'Please choose whether the wall may wish you a happy birthday.',
  pickWallCards: 'Please pick the cards for the wall from the list.',
  keepOneWallCard: 'Please leave at least one card on the wall.',
} as const;

export type SentenceKey = keyof typeof SENTENCES;

/** The things a sentence's {what} names, by key; a screen says them in its own language too. */
export const THINGS = {
  chore: 'the chore',
  area: 'the area',
  yourName: 'your name',
  pronouns: 'pronouns',
  upFor: 'what you are up for',
  handoffNote: 'the note to the house',
  houseName: 'the name of the house',
  nightNobodyWords: 'the words for when nobody is on shift',
  groupName: 'the name of the group',
  place: 'the place',
  leader: 'who leads',
  note: 'the note',
  announcement: 'the announcement',
  agendaItem: 'the point for the house meeting',
  theName: 'the name',
  aName: 'a name',
  startTime: 'the start time',
  endTime: 'the end time',
  newStartTime: 'the new start time',
  newEndTime: 'the new end time',
  mealTime: 'the time of the meal',
  menu: "what's for the meal",
  shoppingItem: 'the item',
  shoppingSection: 'the section',
} as const;

export type Thing = keyof typeof THINGS;

/** A sentence's values: `what` is always a thing's key; the others are put in as they are. */
export type SentenceValues = { what?: Thing } & Record<string, string | number | undefined>;

/** What to say, as it travels: a key of SENTENCES and the values to put in. */
export interface Sentence {
  key: SentenceKey;
  values?: SentenceValues;
}

export function isSentenceKey(key: unknown): key is SentenceKey {
  return typeof key === 'string' && Object.hasOwn(SENTENCES, key);
}

/** A sentence in English with its values put in ({what} as the thing's English words). */
export function sentence(key: SentenceKey, values: SentenceValues = {}): string {
  return SENTENCES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = name === 'what' && values.what ? THINGS[values.what] : values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The English of a sentence that travels. */
export function english(said: Sentence): string {
  return sentence(said.key, said.values);
}

/**
 * A sentence as a zod message. Zod carries messages as strings, so the key and values ride in
 * it as JSON; `fromZodMessage` (records.ts `firstProblem`) reads them back. Never shown as is.
 */
export function says(key: SentenceKey, values?: SentenceValues): string {
  return JSON.stringify(values ? { key, values } : { key });
}

/** The sentence in a zod message written by `says`; zod's own messages are "not right". */
export function fromZodMessage(message: string | undefined): Sentence {
  try {
    const found = JSON.parse(message ?? '') as Partial<Sentence> | null;
    if (found && isSentenceKey(found.key))
      return found.values ? { key: found.key, values: found.values } : { key: found.key };
  } catch {
    // zod's own English (a schema without a sentence of ours): said as "not right" below.
  }
  return { key: 'notRight' };
}
