// When the house meeting is, in words, for the phone's agenda panel and the wall's agenda card.
import { dayInZone, daysBetween, type HouseMeeting, weekdayOf } from '../../board/index.ts';
import { dayWords, instantWords, weekdayWords } from '../house-time.ts';
import { t } from '../i18n/index.ts';

/** "Wednesday 7 pm", "today 7 pm", or the date when it is a week or more off. */
export function meetingWhen(meeting: HouseMeeting, now: number, timeZone: string): string {
  const away = daysBetween(dayInZone(now, timeZone), meeting.day);
  const day =
    away === 0
      ? t('agenda.today')
      : away < 7
        ? weekdayWords(weekdayOf(meeting.day), 'long')
        : dayWords(meeting.day);
  return t('agenda.when', { day, time: instantWords(meeting.startsAt, timeZone) });
}
