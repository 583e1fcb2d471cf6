// "I'm staff": a member who works shifts here types the staff code the admin gave them in
// person, and this phone becomes a staff phone. Quiet until asked for (./code-entry-form.ts).
import './later-words.ts';
import { customElement } from 'lit/decorators.js';
import { api } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { type CodeEntry, CodeEntryForm } from './code-entry-form.ts';
import { deviceChanged } from './profile-form.ts';

@customElement('hb-staff-code-form')
export class StaffCodeForm extends CodeEntryForm {
  protected override get entry(): CodeEntry {
    return {
      name: 'staffCode',
      prefix: 'staff-code',
      open: t('shifts.imStaff'),
      quietOpener: true,
      label: t('admin.staffCode'),
      hint: t('admin.staffCodeFormHint'),
      autocomplete: 'off',
      back: { words: t('form.cancel'), testid: 'staff-code-cancel' },
      submit: t('admin.staffCodeEnter'),
      missing: t('admin.staffCodeMissing'),
    };
  }

  protected override async enter(code: string): Promise<void> {
    const { device } = await api.becomeStaff(code);
    this.open = false;
    deviceChanged(this, device);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-staff-code-form': StaffCodeForm;
  }
}
