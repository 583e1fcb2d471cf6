// Spanish for ../sentences.ts: every sentence the board, the server and the sync server say, and
// the things they name. It loads only on a screen that speaks Spanish, so it imports only types.
import type { Translated } from '../../define.ts';
import type { sentences as english } from '../sentences.ts';

const capital = (text: string | number) => {
  const words = String(text);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const sentences = {
  'sentence.write': 'Escribe {what}, por favor.',
  'sentence.tooLong': 'Deja {what} en {max} caracteres o menos, por favor.',
  'sentence.notText': ({ what = '' }) => `${capital(what)} tiene que ser texto.`,
  'sentence.noContact':
    'Deja fuera números de teléfono, correos electrónicos y usuarios de redes, por favor: quien pase junto a la pantalla puede leer el tablón.',
  'sentence.notRight': 'Aquí hay algo que no está bien.',
  'sentence.itemGone': 'Eso ya no está en el tablón.',
  'sentence.rulesLoading': 'Un momento: el tablón se está preparando. Vuelve a intentarlo.',
  'sentence.personGone': 'Esa persona no está en el tablón.',
  'sentence.giveTime': 'Indica {what} como HH:MM, por favor.',
  'sentence.giveTimeLike': 'Indica una hora como 22:00, por favor.',
  'sentence.groupEndAfterStart': 'Haz que el grupo termine después de empezar, por favor.',
  'sentence.shiftEndAfterStart': 'Haz que el turno termine después de empezar, por favor.',
  'sentence.announcementStay': 'Deja el aviso puesto un tiempo, por favor.',
  'sentence.rotationMax': 'Deja los turnos en 30 personas o menos, por favor.',
  'sentence.pickDate': 'Elige una fecha, por favor.',
  'sentence.pickWeekday': 'Elige al menos un día de la semana, por favor.',
  'sentence.everyAtLeast': 'Elige cada 1 día o más, por favor.',
  'sentence.everyAtMost': 'Elige un intervalo de un año o menos, por favor.',
  'sentence.chooseWhen': 'Elige cuándo ocurre, por favor.',
  'sentence.writeName': 'Escribe un nombre — el que quieras.',
  'sentence.chooseNameDisplay': 'Elige cómo sale tu nombre en la pared, por favor.',
  'sentence.pickTimeZone': 'Elige una zona horaria de la lista, por favor.',
  'sentence.pickLanguage': 'Elige un idioma de la lista, por favor.',
  'sentence.personNotHere': 'Esa persona no está en esta casa.',
  'sentence.wallNotPerson':
    'La pantalla de la pared no es una persona: quítala desde la lista de dispositivos.',
  'sentence.personNotLeft': 'Solo se puede olvidar a alguien que ya se ha ido de la casa.',
  'sentence.adminLeavesOwnWay':
    'Solo la administración puede decir que la administración se ha ido.',
  'sentence.pickTextSize': 'Elige uno de los cuatro tamaños de letra, por favor.',
  'sentence.pickForgetDays': 'Escribe un número entero de días, de 0 a 90, por favor.',
  'sentence.chooseVisitorEnd': 'Elige quién puede terminar el modo visita, por favor.',
  'sentence.notJoined': 'Este dispositivo todavía no está unido a una casa.',
  'sentence.adminOnly': 'Eso solo puede hacerlo quien gestiona la casa.',
  'sentence.nothingHere': 'En esta dirección no hay nada.',
  'sentence.tooMuch': 'Era demasiado para enviarlo de una vez.',
  'sentence.unreadable': 'No se ha podido leer esa petición.',
  'sentence.serverWrong': 'Algo ha fallado en el servidor.',
  'sentence.tooManyTries': 'Demasiados intentos. Espera un minuto y vuelve a probar.',
  'sentence.joinExpired': 'Ese código ha caducado. Vuelve a escanear el código de la pantalla.',
  'sentence.joinUnknown':
    'El tablón de la casa no conoce ese código. Vuelve a escanear el código de la pantalla.',
  'sentence.staffCodeWrong':
    'Ese código del equipo no es correcto. Compruébalo con quien gestiona la casa.',
  'sentence.kioskNotStaff': 'Una pantalla no puede ser un dispositivo del equipo.',
  'sentence.adminLinkUsed': 'Ese enlace de gestión ya se ha usado o ha caducado. Pide uno nuevo.',
  'sentence.pairingUnknown':
    'Ese código de vinculación no aparece ahora en ninguna pantalla. Compruébalo y vuelve a probar.',
  'sentence.deviceNotHere': 'Ese dispositivo no está en esta casa.',
  'sentence.offline':
    'No se ha podido conectar con el tablón de la casa. Comprueba el wifi y vuelve a probar.',
  'sentence.busy': 'Han sido muchos intentos en poco tiempo. Espera un minuto y vuelve a probar.',
  'sentence.serverTryAgain':
    'Algo ha fallado en el servidor. Vuelve a probar dentro de un momento.',
  'sentence.otherSite':
    'Los cambios en el tablón de la casa solo pueden venir del propio tablón, no de otro sitio.',
  'sentence.joinCodeFull':
    'Ya se han unido muchos teléfonos con este código. Vuelve a escanear el código de la pantalla dentro de unos minutos.',
  'sentence.nameInvisible': 'Escribe {what} con letras que se puedan ver, por favor.',
  'sentence.nameHidden':
    'Deja fuera de {what} los saltos de línea y los caracteres ocultos, por favor.',
  'sentence.giveShiftStart': 'Di cuándo empieza tu turno, como HH:MM.',
  'sentence.giveShiftEnd': 'Di cuándo termina tu turno, como HH:MM.',
  'sentence.rotaOnlyYourself':
    'Puedes apuntarte a unos turnos o salir de ellos tú, pero no apuntar ni quitar a nadie más.',
  'sentence.turnNeedsYes': 'Un turno solo cambia de manos cuando quien lo toma dice que sí.',
  'sentence.offerNotYours':
    'Solo quien pregunta puede ofrecer algo, y solo la persona a quien se pregunta puede responder.',
  'sentence.offerGone': 'Esa propuesta ya no está abierta.',
  'sentence.offerToSelf': 'Pregúntale a otra persona, no a ti.',
  'sentence.kioskIsNobodys': 'La pantalla es de toda la casa, no de una persona.',
  'sentence.moveCodeKiosk':
    'La pantalla es de toda la casa, así que no tiene código para pasar a un móvil nuevo.',
  'sentence.moveCodeUnknown':
    'Ese código no ha funcionado. Un código sirve una vez, durante 10 minutos. Haz uno nuevo en tu móvil de antes y vuelve a probar.',
  'sentence.moveOtherHouse':
    'Este móvil está unido a otra casa. Un código de tu móvil de antes solo sirve para su propia casa.',
  'sentence.staffOrAdminOnly': 'Eso solo puede hacerlo el equipo o quien gestiona la casa.',
  'sentence.mergeSelf': 'Ya son la misma persona.',
  'sentence.mergeKiosk': 'Una pantalla no es una persona, así que no puede ser una de ellas.',
  'sentence.notThisPhone': 'Es el móvil que estás usando. Desvincúlalo desde otro de tus móviles.',
  'sentence.mergeOwn':
    'Otra persona confirma que un móvil nuevo es tuyo: pídeselo a alguien del equipo o a quien gestiona la casa.',
  'thing.chore': 'la tarea',
  'thing.area': 'el lugar',
  'thing.yourName': 'tu nombre',
  'thing.pronouns': 'los pronombres',
  'thing.upFor': 'a qué te apuntas',
  'thing.handoffNote': 'la nota para la casa',
  'thing.houseName': 'el nombre de la casa',
  'thing.nightNobodyWords': 'las palabras para cuando no hay nadie de turno',
  'thing.groupName': 'el nombre del grupo',
  'thing.place': 'el lugar',
  'thing.leader': 'quién lo lleva',
  'thing.note': 'la nota',
  'thing.announcement': 'el aviso',
  'thing.agendaItem': 'el punto para la asamblea',
  'thing.theName': 'el nombre',
  'thing.aName': 'un nombre',
  'thing.startTime': 'la hora de inicio',
  'thing.mealTime': 'la hora de la comida',
  'thing.menu': 'lo que hay de comer',
  'thing.endTime': 'la hora de fin',
  'thing.newStartTime': 'la nueva hora de inicio',
  'thing.newEndTime': 'la nueva hora de fin',
  'thing.shoppingItem': 'lo que hay que comprar',
  'thing.shoppingSection': 'la sección',
  'sentence.pickBirthday': 'Elige el día y el mes de tu cumpleaños en las listas, por favor.',
  'sentence.noSuchBirthday': 'Ese mes solo tiene {max} días. Elige otro día, por favor.',
  'sentence.chooseBirthdayOnWall': 'Elige si la pared puede desearte feliz cumpleaños, por favor.',
  'sentence.pickWallCards': 'Elige de la lista las tarjetas de la pared, por favor.',
  'sentence.keepOneWallCard': 'Deja al menos una tarjeta en la pared, por favor.',
  'close.MalformedMessage':
    'Esta pantalla envió algo que el tablón de la casa no pudo leer. Reconectando…',
  'close.InvalidUpdate':
    'Un cambio de esta pantalla no encajaba en el tablón y no se guardó. Recargar puede ayudar.',
  'close.NotYours':
    'Ese cambio no se guardó: le tocaba hacerlo a otra persona. Solo su propio teléfono cambia su nombre, sus turnos y lo que dijo.',
  'close.RightsChanged': 'Ha cambiado lo que este dispositivo puede modificar. Reconectando…',
  'close.Unauthorized': 'Este dispositivo no está unido al tablón de la casa (o ya no lo está).',
  'close.Forbidden': 'Este dispositivo puede ver esta parte del tablón, pero no cambiarla.',
  'close.TooLarge': 'Ese cambio era demasiado grande para guardarlo.',
  'close.TooManyMessages': 'Demasiados cambios a la vez — hacemos una pequeña pausa.',
  'close.StoreUnavailable':
    'El tablón de la casa no puede guardar ahora mismo. Tus cambios se quedan en este dispositivo.',
  'close.NewerBoard':
    'Este tablón de la casa se guardó con una versión de Houseboard más nueva que la que usa ahora el servidor. Tus cambios se quedan en este dispositivo hasta que se actualice el servidor.',
  'close.ShuttingDown': 'El servidor se está reiniciando. Reconectando…',
  'close.HistoryForgotten': 'El tablón ha ordenado lo que guarda. Reconectando…',
  'close.TooManyConnections':
    'Este dispositivo tiene el tablón de la casa abierto en muchos sitios a la vez. Cierra algunos, por favor.',
  'close.SlowReader':
    'Esta pantalla no estaba al día con el tablón de la casa, así que se ha desconectado. Reconectando…',
} satisfies Translated<typeof english>;
