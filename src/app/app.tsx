import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Layout } from './layout';

const queryClient = new QueryClient();

/** Providers only; the view is composed in Layout. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Layout />
    </QueryClientProvider>
  );
}
