// Contact details in what people write: phone numbers, e-mail addresses, social handles and links
// to profiles. The board has no field for them and staff keep theirs private, so every free-text
// field refuses text that holds one (text.ts), with the same rule on the phone, the wall and the
// server. The choices, and what is let through on purpose, are in the README's "No contact
// details" and the table in test/board/contact-details.test.ts.
//
// Every pattern here runs in time that grows with the text, never with its square: each starts at
// a rare character or a fixed word, and the pieces that follow one another cannot take the same
// characters, so a 100,000-character entry is judged in one pass.

/** NFKC turns full-width digits and "＠" into the usual ones; format characters (zero-width spaces,
 * joiners, soft hyphens) could split a number so it slips past, so they are taken out first. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\p{Cf}/gu, '');
}

// ---- Phone numbers -------------------------------------------------------------------------

/** A run of digits with what phone numbers are written with between them. */
const DIGIT_RUN = /\+?\d[\d\s()./-]*\d/g;
/**
 * Times ("19.30"), dates ("2026-07-02", "12/02/2026", "2.12.26") and day/month ("2/12") inside
 * such a run are not a number to ring. Each must stand alone: "612.34.56.78" holds no time.
 */
const TIMES_AND_DATES = new RegExp(
  [
    String.raw`(?<![\d./-])\d{4}[./-]\d{1,2}[./-]\d{1,2}(?![./-]?\d)`,
    String.raw`(?<![\d./-])\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?![./-]?\d)`,
    String.raw`(?<![\d./-])\d{1,2}\/\d{1,2}(?![./-]?\d)`,
    String.raw`(?<![\d.:])\d{1,2}[.:]\d{2}(?![.:]?\d)`,
  ].join('|'),
  'g',
);
/** The shortest phone numbers people give out in full have nine digits or more. */
const PHONE_DIGITS = 9;
/** A local number without its area code ("555-1234") counts when a word says it is one. */
const NAMED_PHONE_DIGITS = 7;
/**
 * Words that say a number is to ring or text, then a few small words ("call me on", "móvil:"),
 * then where the number starts.
 */
const PHONE_WORD =
  /(?<![\p{L}\p{N}])(?:phone|telephone|tel|mobile|mob|cell|call|ring|text|sms|whatsapp|móvil|movil|teléfono|telefono|tlf|tfno|llama|llámame|llamame|llamar)(?![\p{L}\p{N}])[\s:.,=#-]*(?:(?:me|us|on|at|is|es|al|en|no|number|número|numero|nº)(?![\p{L}\p{N}])[\s:.,=#-]*){0,2}(?=[+(\d])/giu;

function digitsIn(run: string): number {
  return run.replace(TIMES_AND_DATES, ' ').replace(/\D/g, '').length;
}

function looksLikePhoneNumber(text: string): boolean {
  for (const run of text.match(DIGIT_RUN) ?? []) if (digitsIn(run) >= PHONE_DIGITS) return true;
  for (const word of text.matchAll(PHONE_WORD)) {
    const run = new RegExp(DIGIT_RUN.source, 'y');
    run.lastIndex = word.index + word[0].length;
    const number = run.exec(text)?.[0];
    if (number && digitsIn(number) >= NAMED_PHONE_DIGITS) return true;
  }
  return false;
}

// ---- E-mail addresses ----------------------------------------------------------------------

const LABEL = String.raw`[\p{L}\p{N}-]{1,63}`;
/** Endings of addresses people in the house are likely to give, for the spelled-out forms. */
const ENDINGS = 'com|org|net|edu|gov|info|io|co|uk|es|eu|cat|fr|de|us|ca|ie|nl|pt|mx|ar|au|biz';
/** "." as written, "dot"/"punto" as spoken, or bracketed: "[dot]", "(punto)". */
const SPELLED_DOT = String.raw`(?:\s*[[({<]\s*(?:dot|punto|\.)\s*[\])}>]\s*|\s+(?:dot|punto)\s+|\.)`;
/** "at"/"arroba" as spoken, or "@" with spaces round it. */
const SPELLED_AT = String.raw`\s+(?:at|arroba|@)\s+`;
/** Words after a spoken "at" that begin ordinary text: "look at the dot com days". */
const NOT_A_DOMAIN = String.raw`(?!(?:the|a|an|el|la|los|las|un|una)(?![\p{L}\p{N}]))`;
const MAILBOXES = 'gmail|googlemail|hotmail|yahoo|ymail|icloud|protonmail';

const EMAIL_PATTERNS: RegExp[] = [
  // name@example.org. Tried only where an "@" follows a character an address can hold, so a long
  // run of letters with no "@" is passed over in one step instead of once per starting letter.
  /(?<=[\p{L}\p{N}_.+-])@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u,
  // "kai [at] example", "kai(at)example", "kai (@) example": nobody writes a bracketed "at" else.
  /(?<=[\p{L}\p{N}_.+-])\s*[[({<]\s*(?:at|arroba|@)\s*[\])}>]\s*[\p{L}\p{N}]/iu,
  // "kai at example dot com", "kai arroba gmail punto com", "kai @ example.co.uk".
  new RegExp(
    String.raw`(?<=[\p{L}\p{N}_.+-])${SPELLED_AT}${NOT_A_DOMAIN}${LABEL}(?:${SPELLED_DOT}${LABEL}){0,3}${SPELLED_DOT}(?:${ENDINGS})(?![\p{L}\p{N}])`,
    'iu',
  ),
  // "kai@gmail", "kai at hotmail": the big mailboxes need no ending to be an address.
  new RegExp(
    String.raw`(?:@\s*(?:${MAILBOXES}|outlook)|(?<=[\p{L}\p{N}_.+-])\s+(?:at|arroba)\s+(?:${MAILBOXES}))(?![\p{L}\p{N}])`,
    'iu',
  ),
  /(?<![\p{L}\p{N}])mailto:/iu,
];

// ---- Social handles and links ---------------------------------------------------------------

/** A handle: letters, digits and "_", with single dots inside ("kai.r", not "kai."). */
const HANDLE = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|\.(?=[\p{L}\p{N}_]))*`;
/**
 * "@kai_r" at the start, or after a space, a bracket, a quote or a colon: where a handle is
 * written. Not inside an address ("kai@…") nor after markup ("<style>@import").
 */
const AT_HANDLE = new RegExp(String.raw`(?<=^|[\s([{"'“‘«:,;/])@(${HANDLE})`, 'gu');
/** "@7", "@7:30", "@1pm", "@19h30": a time written short, not a handle. */
const SHORT_TIME = /^\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h|hrs?)?$/i;
/** "@everyone", "@todos": calling the whole house, not a handle. */
const EVERYONE = /^(?:all|everyone|everybody|here|house|staff|residents|team|todos|todas|todo)$/i;

/** Names that only mean a place to find someone. */
const PLATFORMS =
  'instagram|insta|twitter|tiktok|snapchat|telegram|discord|facebook|whatsapp|bluesky|bsky|mastodon|linkedin|skype|wechat|onlyfans|youtube|twitch|reddit|threema|viber|kik';
/** Short names that are ordinary words as well ("snap peas", "signal", "wa"). */
const SHORT_PLATFORMS = 'ig|snap|fb|tg|signal|threads|wa|yt';
/** "insta: kai.r", "my snap is kai_r", "IG kai.rivers". */
const LABELLED_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PLATFORMS}|${SHORT_PLATFORMS})(?![\p{L}\p{N}])(\s*[:=]\s*|\s+(?:is|es)\s+|\s+)(@?)(${HANDLE})`,
  'giu',
);
const PLATFORM = new RegExp(`^(?:${PLATFORMS})$`, 'i');
/** Words after "Facebook:" that are not a handle ("Facebook: the house group"). */
const NOT_A_HANDLE =
  /^(?:the|a|an|our|my|your|his|her|their|this|that|group|page|chat|el|la|los|las|un|una|mi|tu|su|nuestro|nuestra|grupo|página|pagina)$/i;

/** Whether a word reads as a handle after a platform's name: "kai_r", "kai.r", "kai99". */
function handleShaped(word: string): boolean {
  return /[_.]/.test(word) || (/\p{L}/u.test(word) && /\d/.test(word));
}

/** After a short name that is an ordinary word too ("threads 2.5mm"), only "kai_r" or "kai.r". */
function surelyHandle(word: string): boolean {
  return word.includes('_') || /\p{L}\.\p{L}/u.test(word);
}

/**
 * Whether a platform's name and the word after it give a handle: any word but an ordinary one
 * after "instagram:"; a handle-shaped one after "instagram", "insta is" or "snap:"; and only a
 * sure one after "snap" or "ig" with a space.
 */
function labelledHandle(platform: string, between: string, word: string): boolean {
  const colon = /[:=]/.test(between);
  if (PLATFORM.test(platform)) return colon || handleShaped(word);
  return colon ? handleShaped(word) : surelyHandle(word);
}

function hasHandle(text: string): boolean {
  for (const [, handle] of text.matchAll(AT_HANDLE)) {
    const word = handle!;
    if (word.length >= 2 && /\p{L}/u.test(word) && !SHORT_TIME.test(word) && !EVERYONE.test(word))
      return true;
  }
  for (const [, platform, between, at, word] of text.matchAll(LABELLED_HANDLE)) {
    if (!/\p{L}/u.test(word!) || NOT_A_HANDLE.test(word!)) continue;
    if (at || labelledHandle(platform!, between!, word!)) return true;
  }
  return false;
}

const LINK_PATTERNS: RegExp[] = [
  // Any web address: on a public wall it cannot be followed, and it may lead to anyone's profile.
  /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)\S/iu,
  // A profile or chat link written without "https://": instagram.com/kai, wa.me/34…, t.me/kai.
  /(?<![\p{L}\p{N}.-])(?:(?:www|m|mobile)\.)?(?:(?:instagram|facebook|twitter|tiktok|snapchat|linkedin|youtube|twitch|onlyfans|reddit|pinterest|x|fb)\.com|instagr\.am|threads\.net|(?:wa|t|m|fb|telegram|signal)\.me|telegram\.org|bsky\.app|discord\.(?:gg|com)|linktr\.ee|wa\.link|(?:chat|api|wa)\.whatsapp\.com)\s*\/\s*[\p{L}\p{N}@_+~]/iu,
];

/** True when text looks like a phone number, e-mail address, social handle or profile link. */
export function looksLikeContact(text: string): boolean {
  const written = plain(text);
  return (
    looksLikePhoneNumber(written) ||
    EMAIL_PATTERNS.some((pattern) => pattern.test(written)) ||
    hasHandle(written) ||
    LINK_PATTERNS.some((pattern) => pattern.test(written))
  );
}
