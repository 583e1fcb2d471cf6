// The house's night hours as the admin sets them: one start and end for every night, and other
// hours for nights starting on chosen weekdays. Kept as a draft of strings so nothing typed is
// lost before it is valid; the settings validator says what is wrong, beside the field.
import './later-words.ts';
import { css, html, nothing } from 'lit';
import { type Settings, WEEKDAY_KEYS, type WeekdayKey } from '../../board/index.ts';
import { t } from '../../ui/i18n/index.ts';
import { type Problems, textField } from './fields.ts';

interface HoursDraft {
  start: string;
  end: string;
}

export interface NightDraft extends HoursDraft {
  /** Whether some nights have their own hours. */
  byWeekday: boolean;
  /** The weekdays with their own hours, and those hours. */
  chosen: WeekdayKey[];
  weekdays: Record<WeekdayKey, HoursDraft>;
}

type NightSettings = Pick<Settings, 'nightHours' | 'nightHoursByWeekday'>;

export function nightDraftFrom(settings: NightSettings): NightDraft {
  const own = settings.nightHoursByWeekday;
  const chosen = WEEKDAY_KEYS.filter((day) => own[day]);
  return {
    ...settings.nightHours,
    byWeekday: chosen.length > 0,
    chosen,
    weekdays: Object.fromEntries(
      WEEKDAY_KEYS.map((day) => [day, { ...(own[day] ?? settings.nightHours) }]),
    ) as Record<WeekdayKey, HoursDraft>,
  };
}

export function nightSettingsFrom(draft: NightDraft): NightSettings {
  return {
    nightHours: { start: draft.start, end: draft.end },
    nightHoursByWeekday: draft.byWeekday
      ? Object.fromEntries(draft.chosen.map((day) => [day, { ...draft.weekdays[day] }]))
      : {},
  };
}

/**
 * The form field a settings problem belongs to: "nightHours.start" shows under "nightStart",
 * "nightHoursByWeekday.fri.end" under "night-fri-end"; undefined for other settings.
 */
export function nightFieldFor(path: string): string | undefined {
  const [top, a, b] = path.split('.');
  if (top === 'nightHours' && (a === 'start' || a === 'end')) {
    return a === 'start' ? 'nightStart' : 'nightEnd';
  }
  if (top === 'nightHoursByWeekday' && a) return b ? `night-${a}-${b}` : 'nightByWeekday';
  return undefined;
}

function hoursFields(
  names: { start: string; end: string },
  hours: HoursDraft,
  problems: Problems,
  onChange: (hours: HoursDraft) => void,
) {
  return html`<div class="times">
    ${textField({
      name: names.start,
      label: t('night.form.nightStart'),
      type: 'time',
      value: hours.start,
      problems,
      onInput: (start) => onChange({ ...hours, start }),
    })}
    ${textField({
      name: names.end,
      label: t('night.form.nightEnd'),
      type: 'time',
      value: hours.end,
      problems,
      onInput: (end) => onChange({ ...hours, end }),
    })}
  </div>`;
}

export function nightHoursFields(
  draft: NightDraft,
  problems: Problems,
  onChange: (draft: NightDraft) => void,
) {
  const set = (patch: Partial<NightDraft>) => onChange({ ...draft, ...patch });
  // A newly chosen night starts from the usual hours, as they stand in the form now.
  const toggleDay = (day: WeekdayKey) =>
    set(
      draft.chosen.includes(day)
        ? { chosen: draft.chosen.filter((d) => d !== day) }
        : {
            chosen: WEEKDAY_KEYS.filter((d) => d === day || draft.chosen.includes(d)),
            weekdays: { ...draft.weekdays, [day]: { start: draft.start, end: draft.end } },
          },
    );
  return html`
    <fieldset class="group" data-testid="night-hours">
      <legend>${t('night.form.nightHours')}</legend>
      <p class="hint">${t('night.form.nightHint')}</p>
      ${hoursFields({ start: 'nightStart', end: 'nightEnd' }, draft, problems, (hours) => set(hours))}
      <div class="choices">
        <button
          type="button"
          data-testid="night-by-weekday"
          aria-pressed=${draft.byWeekday ? 'true' : 'false'}
          @click=${() => set({ byWeekday: !draft.byWeekday, chosen: [] })}
        >
          ${t('night.form.byWeekday')}
        </button>
      </div>
      ${
        draft.byWeekday
          ? html`<div class="choices weekdays" data-testid="night-weekdays">
              ${WEEKDAY_KEYS.map(
                (day) => html`<button
                  type="button"
                  data-value=${day}
                  aria-pressed=${draft.chosen.includes(day) ? 'true' : 'false'}
                  @click=${() => toggleDay(day)}
                >
                  ${t(`night.weekday.${day}`)}
                </button>`,
              )}
            </div>
            ${draft.chosen.map(
              (day) => html`<div class="field" data-testid="night-weekday-${day}">
                <strong>${t('night.form.weekdayNight', { day: t(`night.weekday.${day}`) })}</strong>
                ${hoursFields(
                  { start: `night-${day}-start`, end: `night-${day}-end` },
                  draft.weekdays[day],
                  problems,
                  (hours) => set({ weekdays: { ...draft.weekdays, [day]: hours } }),
                )}
              </div>`,
            )}`
          : nothing
      }
    </fieldset>
  `;
}

/** What the night fields add to the form's styles. */
export const nightFieldStyles = css`
  fieldset.group {
    display: grid;
    gap: 0.6em;
  }
  /* A sentence under one time leaves the other where it is. */
  .times {
    align-items: start;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .choices button[aria-pressed='true'] {
    background: var(--hb-ink);
    color: var(--hb-card);
  }
  .weekdays button {
    text-transform: capitalize;
  }
`;
