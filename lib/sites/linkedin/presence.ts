import { normalizeText } from '../shared/text';

// A messaging header's subtitle is the counterpart's headline, or, when LinkedIn shows it there instead,
// their presence: never a headline. In the interface languages we support.
const PRESENCE = new RegExp(
  [
    '^(?:available on mobile|active now|online|offline|away|mobile|status is (?:online|offline|away|reachable))$',
    '^active \\d+\\s*\\S+ ago$',
    '^(?:dostępn\\S* na urządzeniu mobilnym|aktywn\\S* teraz)$',
    '^(?:доступн\\S* (?:на|в) мобильн\\S*|в сети|онлайн|активн\\S* сейчас)$',
    '^(?:доступн\\S* на мобільн\\S*|в мережі|активн\\S* зараз)$',
    '^(?:mobilde kullanılabilir|şu anda aktif|çevrimiçi)$',
    '^(?:ใช้งานอยู่ตอนนี้|ออนไลน์|พร้อมใช้งานบนมือถือ)$',
  ].join('|'),
  'i',
);

/** True for "Available on mobile", "Active now", "Active 5m ago" and their translations. */
export function isPresenceText(text: string | null | undefined): boolean {
  return PRESENCE.test(normalizeText(text));
}
