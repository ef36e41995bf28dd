// first: starts the first page's requests (in a build, index.html runs it as a script of its own, ahead of this one)
import './boot';
// antd's component styles, prebuilt (the theme runs antd in zero-runtime mode: theme.ts)
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
