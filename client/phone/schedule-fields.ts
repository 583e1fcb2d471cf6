// When a chore or group happens, as the phone asks it: once on a date, daily, on chosen weekdays,
// or every N days. Kept as a draft of strings so nothing typed is lost before it is valid.
import { html, nothing } from 'lit';
import type { Day, Schedule } from '../../board/index.ts';
import { weekdayWords } from '../../ui/house-time.ts';
import { type MessageKey, t } from '../../ui/i18n/index.ts';
import { dateField } from './date-field.ts';
import { choiceField, type Problems, problemLine, textField } from './fields.ts';

export type ScheduleKind = Schedule['kind'];

export interface ScheduleDraft {
  kind: ScheduleKind;
  day: Day;
  weekdays: number[];
  days: string;
  from: Day;
}

const KIND_WORDS: Record<ScheduleKind, MessageKey> = {
  once: 'schedule.kindOnce',
  daily: 'schedule.kindDaily',
  weekdays: 'schedule.kindWeekdays',
  every: 'schedule.kindEvery',
};

// Monday first, as a week on a house rota reads.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

function newScheduleDraft(kind: ScheduleKind, today: Day): ScheduleDraft {
  return { kind, day: today, weekdays: [], days: '2', from: today };
}

function draftFromSchedule(schedule: Schedule, today: Day): ScheduleDraft {
  const draft = newScheduleDraft(schedule.kind, today);
  if (schedule.kind === 'once') draft.day = schedule.day;
  if (schedule.kind === 'weekdays') draft.weekdays = [...schedule.weekdays];
  if (schedule.kind === 'every') {
    draft.days = String(schedule.days);
    draft.from = schedule.from;
  }
  if ((schedule.kind === 'daily' || schedule.kind === 'weekdays') && schedule.from) {
    draft.from = schedule.from;
  }
  return draft;
}

/** The draft a form opens with: the item's schedule as it is now, or a new one of `newKind`. */
export function scheduleDraft(
  schedule: Schedule | undefined,
  newKind: ScheduleKind,
  today: Day,
): ScheduleDraft {
  return schedule ? draftFromSchedule(schedule, today) : newScheduleDraft(newKind, today);
}

/** The schedule to hand to the validator; an empty "every" box counts as 0 so it says why. */
export function scheduleFromDraft(draft: ScheduleDraft): Schedule {
  switch (draft.kind) {
    case 'once':
      return { kind: 'once', day: draft.day };
    case 'daily':
      return { kind: 'daily' };
    case 'weekdays':
      return { kind: 'weekdays', weekdays: [...draft.weekdays].sort((a, b) => a - b) };
    case 'every':
      return { kind: 'every', days: Number(draft.days || 0), from: draft.from };
  }
}

export function scheduleFields(
  draft: ScheduleDraft,
  kinds: readonly ScheduleKind[],
  problems: Problems,
  onChange: (draft: ScheduleDraft) => void,
) {
  const set = (patch: Partial<ScheduleDraft>) => onChange({ ...draft, ...patch });
  const toggleDay = (day: number) =>
    set({
      weekdays: draft.weekdays.includes(day)
        ? draft.weekdays.filter((d) => d !== day)
        : [...draft.weekdays, day],
    });
  // The validator names schedule problems "schedule.day", "schedule.weekdays"…; all show here.
  const quiet: Problems = {};
  return html`
    ${choiceField({
      name: 'schedule-kind',
      legend: t('schedule.when'),
      choices: kinds.map((kind) => [kind, t(KIND_WORDS[kind])] as const),
      value: draft.kind,
      onChoose: (kind) => set({ kind }),
    })}
    ${
      draft.kind === 'once'
        ? dateField({
            name: 'schedule-day',
            label: t('schedule.on'),
            value: draft.day,
            problems: quiet,
            onInput: (day) => set({ day }),
          })
        : nothing
    }
    ${
      draft.kind === 'weekdays'
        ? html`<fieldset class="choices weekdays" data-testid="choice-weekdays">
          <legend>${t('schedule.onDays')}</legend>
          ${WEEKDAYS.map(
            (day) => html`<button
              type="button"
              aria-pressed=${draft.weekdays.includes(day) ? 'true' : 'false'}
              @click=${() => toggleDay(day)}
            >
              ${weekdayWords(day)}
            </button>`,
          )}
        </fieldset>`
        : nothing
    }
    ${
      draft.kind === 'every'
        ? html`${textField({
            name: 'schedule-days',
            label: t('schedule.everyDays'),
            type: 'number',
            value: draft.days,
            problems: quiet,
            onInput: (days) => set({ days }),
          })}
        ${dateField({
          name: 'schedule-from',
          label: t('schedule.from'),
          value: draft.from,
          problems: quiet,
          onInput: (from) => set({ from }),
        })}`
        : nothing
    }
    ${problemLine(problems, 'schedule')}
  `;
}
