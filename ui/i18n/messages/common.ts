// Words both screens use: the live status, how long ago something was, names that may not
// show, when something happens, and the buttons every form has.
import type { Catalog } from '../define.ts';

export const common = {
  'app.name': 'House board',
  'app.waiting': 'House board — waiting for the server',
  'status.live': 'Live',
  'status.connecting': 'Connecting…',
  'ago.justNow': 'just now',
  'ago.minutes': ({ n }) => (n === 1 ? '1 min ago' : `${n} min ago`),
  'ago.hours': ({ n }) => (n === 1 ? '1 hour ago' : `${n} hours ago`),
  'ago.days': ({ n }) => (n === 1 ? '1 day ago' : `${n} days ago`),
  'names.someone': 'Someone',
  'names.hidden': 'Someone (name hidden)',
  'names.you': '{name} (you)',
  'common.qrCode': 'QR code',
  'common.undoRefused': "Someone has changed that since, so it can't be taken back.",
  'schedule.once': 'once',
  'schedule.daily': 'daily',
  'schedule.every': ({ n }) => (n === 1 ? 'every day' : `every ${n} days`),
  'visitor.until': 'Visitor mode — names hidden until {time}',
  'form.optional': '(optional)',
  'form.save': 'Save',
  'form.cancel': 'Cancel',
  'form.remove': 'Remove',
  'form.removeAgain': 'Tap again to remove',
} satisfies Catalog;
