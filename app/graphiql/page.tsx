import type { Metadata } from 'next';
import { GraphiqlLoader } from '@/components/ui/graphiql-loader';

export const metadata: Metadata = { title: 'GraphQL' };

export default function GraphiqlPage() {
  return <GraphiqlLoader />;
}
