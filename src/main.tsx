import '@/app/no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import graphData from 'virtual:rungs-graph';
import { App } from '@/app/app';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App data={graphData as unknown} />
  </StrictMode>,
);
