// Only the explorer's route group has a loading boundary: above an entity page or a saved view it
// would stream a 200 before the page can call notFound(), so unknown ids could never answer 404.
export { default } from '@/app/_lib/page-loading';
