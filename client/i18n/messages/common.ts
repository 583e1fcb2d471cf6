// Words both screens use: the live status and how long ago something was.
import { messages } from '../define.ts';

export const common = messages(
  {
    'status.live': 'Live',
    'status.connecting': 'Connecting…',
    'status.reconnecting': 'Reconnecting — last synced {ago}',
    'ago.justNow': 'just now',
    'ago.minutes': ({ n }) => (n === 1 ? '1 min ago' : `${n} min ago`),
    'ago.hours': ({ n }) => (n === 1 ? '1 hour ago' : `${n} hours ago`),
    'ago.days': ({ n }) => (n === 1 ? '1 day ago' : `${n} days ago`),
  },
  {
    'status.live': 'En directo',
    'status.connecting': 'Conectando…',
    'status.reconnecting': 'Reconectando — última sincronización {ago}',
    'ago.justNow': 'ahora mismo',
    'ago.minutes': ({ n }) => (n === 1 ? 'hace 1 min' : `hace ${n} min`),
    'ago.hours': ({ n }) => (n === 1 ? 'hace 1 hora' : `hace ${n} horas`),
    'ago.days': ({ n }) => (n === 1 ? 'hace 1 día' : `hace ${n} días`),
  },
);
