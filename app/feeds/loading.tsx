// The feeds list names no id, so it can stream its loading state (see app/(explore)/loading.tsx).
export { default } from '@/app/_lib/page-loading';
