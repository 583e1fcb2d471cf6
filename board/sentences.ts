// The sentences the board and the server say to people, each under a stable key, in English:
// the validators' kind messages, the server's refusals and the screens' own fallbacks. The
// English goes into logs, JSON answers and tests as before; `readSentence` finds the key and the
// values in one, so a screen can say it in its own language (ui/i18n/sentences.ts).

export const SENTENCES = {
  write: 'Please write {what}.',
  tooLong: 'Please keep {what} to {max} characters or fewer.',
  notText: '{what} should be text.',
  noContact:
    'Please leave out phone numbers, e-mail addresses and social handles — staff keep those private.',
  notRight: 'Something here is not right.',
  itemGone: 'That item is no longer on the board.',
  personGone: 'That person is not on the board.',
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
} as const;

export type SentenceKey = keyof typeof SENTENCES;

/** The things a sentence's {what} names, as the validators write them. */
export const THINGS = {
  chore: 'the chore',
  area: 'the area',
  yourName: 'your name',
  pronouns: 'pronouns',
  upFor: 'what you are up for',
  handoffNote: 'the note to the house',
  houseName: 'the name of the house',
  groupName: 'the name of the group',
  place: 'the place',
  leader: 'who leads',
  note: 'the note',
  announcement: 'the announcement',
  theName: 'the name',
  aName: 'a name',
  startTime: 'the start time',
  endTime: 'the end time',
  newStartTime: 'the new start time',
  newEndTime: 'the new end time',
} as const;

export type Thing = keyof typeof THINGS;

export type SentenceValues = Record<string, string>;

/** A sentence in English with its values put in. */
export function sentence(key: SentenceKey, values: SentenceValues = {}): string {
  return SENTENCES[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function fixedLength(template: string): number {
  return template.replace(/\{\w+\}/g, '').length;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every sentence as a pattern, the most specific (most fixed words) first. */
const PATTERNS = (Object.entries(SENTENCES) as Array<[SentenceKey, string]>)
  .sort(([, a], [, b]) => fixedLength(b) - fixedLength(a))
  .map(([key, template]) => ({
    key,
    pattern: new RegExp(
      `^${template
        .split(/(\{\w+\})/)
        .map((part) =>
          /^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>.+?)` : escapeRegExp(part),
        )
        .join('')}$`,
    ),
  }));

/** The key and values of an English sentence from the table; undefined for any other text. */
export function readSentence(
  text: string,
): { key: SentenceKey; values: SentenceValues } | undefined {
  for (const { key, pattern } of PATTERNS) {
    const found = pattern.exec(text);
    if (found) return { key, values: { ...found.groups } };
  }
  return undefined;
}

/** Which thing a sentence's {what} names, if it is one of the board's. */
export function thingOf(words: string): Thing | undefined {
  return (Object.keys(THINGS) as Thing[]).find((thing) => THINGS[thing] === words);
}
