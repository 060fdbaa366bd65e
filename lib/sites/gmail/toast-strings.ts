// Gmail's send toast (div.vh / role=alert) in the interface languages our users have. The Undo
// link has a stable id (#link_undo); its text and the toast text are localised.
// Strings from Gmail's UI in each language; extend here when a user reports another.

export interface ToastStrings {
  lang: string;
  sent: readonly string[];
  undo: readonly string[];
  undone: readonly string[];
}

export const TOAST_STRINGS: readonly ToastStrings[] = [
  { lang: 'en', sent: ['Message sent'], undo: ['Undo'], undone: ['Sending undone'] },
  {
    lang: 'pl',
    sent: ['Wiadomość została wysłana', 'Wiadomość wysłana'],
    undo: ['Cofnij'],
    undone: ['Cofnięto wysyłanie'],
  },
  {
    lang: 'uk',
    sent: ['Лист надіслано', 'Повідомлення надіслано'],
    undo: ['Скасувати'],
    undone: ['Надсилання скасовано'],
  },
  {
    lang: 'ru',
    sent: ['Письмо отправлено', 'Сообщение отправлено'],
    undo: ['Отменить'],
    undone: ['Отправка отменена'],
  },
  {
    lang: 'tr',
    sent: ['İleti gönderildi', 'Mesaj gönderildi'],
    undo: ['Geri al'],
    undone: ['Gönderme geri alındı', 'Gönderim geri alındı'],
  },
  { lang: 'th', sent: ['ส่งข้อความแล้ว'], undo: ['เลิกทำ'], undone: ['เลิกทำการส่งแล้ว', 'ยกเลิกการส่งแล้ว'] },
];

/** Languages whose string list has a phrase contained in `text`. */
export function matchToast(text: string, pick: (s: ToastStrings) => readonly string[]): string | null {
  for (const strings of TOAST_STRINGS) {
    if (pick(strings).some((phrase) => text.includes(phrase))) return strings.lang;
  }
  return null;
}
