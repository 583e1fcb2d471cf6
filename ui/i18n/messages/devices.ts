// The admin's device list as it keeps a slip from letting the wrong phone go: which device each
// button is for, who is connected now; and the staff code, shown once and made anew only when asked.
import { messages } from '../define.ts';

export const devices = messages(
  {
    'devices.connectedNow': 'connected now',
    'devices.letGo': 'Let {device} go',
    'devices.letGoAgain': 'Tap again to let {device} go',
    'devices.phoneOf': "{name}'s phone",
    'devices.phoneOfJoined': "{name}'s phone that joined {when}",
    'devices.unnamedPhone': 'the unnamed phone that joined {when}',
    'devices.kiosk': 'the kiosk',
    'devices.kioskPaired': 'the kiosk paired {when}',
    'devices.armDropped': 'Nothing was let go.',
    'devices.staffCodeAsk':
      'Make a new staff code? The code made before stops working (phones that are already staff stay staff). Anyone who sees the new code can become staff, so make it where nobody else can see this screen.',
    'devices.staffCodeYes': 'Yes, make a new code',
    'devices.staffCodeDone': "Done, I've written it down",
    'devices.staffCodeHidden':
      'The code is hidden now. The board keeps only a scrambled copy of it, so it cannot show it again: if it is lost, make a new one.',
  },
  {
    'devices.connectedNow': 'conectado ahora',
    'devices.letGo': 'Desvincular {device}',
    'devices.letGoAgain': 'Toca otra vez para desvincular {device}',
    'devices.phoneOf': 'el móvil de {name}',
    'devices.phoneOfJoined': 'el móvil de {name} que se unió el {when}',
    'devices.unnamedPhone': 'el móvil sin nombre que se unió el {when}',
    'devices.kiosk': 'la pantalla',
    'devices.kioskPaired': 'la pantalla vinculada el {when}',
    'devices.armDropped': 'No se ha desvinculado nada.',
    'devices.staffCodeAsk':
      '¿Crear un código del equipo nuevo? El código anterior deja de funcionar (los móviles que ya son del equipo lo siguen siendo). Quien vea el código nuevo puede entrar en el equipo, así que créalo donde nadie más vea esta pantalla.',
    'devices.staffCodeYes': 'Sí, crear un código nuevo',
    'devices.staffCodeDone': 'Hecho, ya lo he apuntado',
    'devices.staffCodeHidden':
      'El código ya está oculto. El tablón solo guarda una copia cifrada, así que no puede volver a mostrarlo: si se pierde, crea uno nuevo.',
  },
);
